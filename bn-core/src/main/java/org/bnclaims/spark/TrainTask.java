package org.bnclaims.spark;

import ai.djl.Device;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.SparkEnv;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.resource.ResourceInformation;
import org.bnclaims.data.DataConfig;
import org.bnclaims.data.DataUnavailableException;
import org.bnclaims.device.DevicePool;
import org.bnclaims.run.EngineThreads;
import org.bnclaims.run.RunJson;
import org.bnclaims.run.RunResult;
import org.bnclaims.spec.CanonicalJsonReader;
import org.bnclaims.spec.RunSpec;
import org.bnclaims.spec.SpecHash;
import org.bnclaims.train.Training;

/**
 * The worker side of a Spark task: reads the spec back from its canonical JSON, checks that it
 * hashes as on the driver, trains the seeds with {@link Training} on the task's device, and returns
 * each seed's result JSON. It writes nothing: the driver stores the results.
 *
 * <p>The data directory is the driver's, at the same path; if it is missing on this worker the task
 * fails with a message naming the path and this worker's host. PyTorch gets {@code spark.task.cpus}
 * intra-op threads per task (1 by default), set once per executor JVM before the engine loads. A
 * task that Spark gave a GPU ({@code spark.task.resource.gpu.amount=1}) trains on it.
 */
final class TrainTask implements Function<SeedTask, List<String>> {

  private static final long serialVersionUID = 1L;

  /** Spark's name of the GPU resource. */
  static final String GPU = "gpu";

  private static boolean engineConfigured;

  @Override
  public List<String> call(SeedTask task) {
    RunSpec spec = CanonicalJsonReader.read(task.specJson(), RunSpec.class);
    String hash = SpecHash.of(spec);
    if (!hash.equals(task.specHash())) {
      throw new IllegalStateException(
          "spec hashes to "
              + hash
              + " on Spark worker "
              + where()
              + " but to "
              + task.specHash()
              + " on the driver: the worker runs another version of bn-core");
    }
    DataConfig data = dataConfig(task.dataDir(), spec.data().synthetic());
    TaskContext context = TaskContext.get();
    configureEngineOnce(context == null ? 1 : context.cpus());
    Device device = device(task.device(), context);
    Training training = new Training(data, DevicePool.single(device));
    List<RunResult> results;
    try {
      results =
          task.seeds().size() == 1
              ? List.of(training.run(spec, task.seeds().get(0), null))
              : training.runSeeds(spec, task.seeds());
    } catch (DataUnavailableException e) {
      throw new DataUnavailableException("on Spark worker " + where() + ": " + e.getMessage());
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("training failed on Spark worker " + where() + ": " + e, e);
    }
    List<String> out = new ArrayList<>(results.size());
    for (RunResult r : results) {
      out.add(RunJson.toJson(r));
    }
    return out;
  }

  /** The driver's data directory if it exists here; synthetic data needs none. */
  static DataConfig dataConfig(String dataDir, boolean synthetic) {
    DataConfig here = DataConfig.fromEnvironment();
    if (dataDir == null || synthetic) {
      return here;
    }
    Path dir = Path.of(dataDir);
    if (!Files.isDirectory(dir)) {
      throw new DataUnavailableException(
          "the data directory "
              + dir
              + " (the driver's BN_DATA_DIR) does not exist on Spark worker "
              + where()
              + "; every worker must see the datasets at the same path as the driver");
    }
    return new DataConfig(dir, here.cacheDir(), here.systemDirs(), here.offline());
  }

  /** The device of this task: Spark's GPU address when it gave one, else the CPU. */
  static Device device(String setting, TaskContext context) {
    String address = null;
    if (context != null) {
      ResourceInformation gpu = context.resources().get(GPU).getOrElse(() -> null);
      if (gpu != null && gpu.addresses().length > 0) {
        address = gpu.addresses()[0];
      }
    }
    return deviceFor(setting, address);
  }

  /** {@code cpu} ignores a GPU; {@code gpu} needs one; {@code auto} takes one if given. */
  static Device deviceFor(String setting, String gpuAddress) {
    if ("cpu".equals(setting)) {
      return Device.cpu();
    }
    if (gpuAddress == null) {
      if ("gpu".equals(setting)) {
        throw new IllegalStateException(
            "bn.device=gpu but Spark gave this task no GPU on worker "
                + where()
                + ": give executors GPUs (spark.executor.resource.gpu.amount and"
                + " spark.executor.resource.gpu.discoveryScript)");
      }
      return Device.cpu();
    }
    try {
      return Device.gpu(Integer.parseInt(gpuAddress.trim()));
    } catch (NumberFormatException e) {
      throw new IllegalStateException(
          "Spark's GPU address '" + gpuAddress + "' on worker " + where() + " is not an index", e);
    }
  }

  private static synchronized void configureEngineOnce(int taskCpus) {
    if (!engineConfigured) {
      int cores = Runtime.getRuntime().availableProcessors();
      EngineThreads.configure(Math.max(1, cores / Math.max(1, taskCpus)));
      engineConfigured = true;
    }
  }

  /** This worker's host name and executor id, for messages. */
  static String where() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "(unknown host)";
    }
    SparkEnv env = SparkEnv.get();
    return host + (env == null ? "" : " (executor " + env.executorId() + ")");
  }
}
