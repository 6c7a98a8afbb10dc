package org.bnclaims.backend;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.bnclaims.data.DataConfig;
import org.bnclaims.device.DevicePlan;
import org.bnclaims.device.DevicePool;
import org.bnclaims.device.Devices;
import org.bnclaims.run.EngineThreads;
import org.bnclaims.run.ProgressListener;
import org.bnclaims.run.RunBackend;
import org.bnclaims.run.RunCache;
import org.bnclaims.run.RunExecutor;
import org.bnclaims.spark.SparkBackend;
import org.bnclaims.spark.SparkSettings;
import org.bnclaims.train.Training;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the backend of {@link BackendSettings}, training with {@link Training} on data found
 * through {@link DataConfig#fromEnvironment()}.
 *
 * <p>Local: PyTorch's thread pools are sized for the CPU workers before the engine loads ({@link
 * EngineThreads}), then the devices are planned ({@link DevicePlan}: one worker per core, or per
 * visible GPU) and each run leases its worker's device. Spark: the driver loads no engine unless
 * the master is {@code local}; the tasks size their own.
 */
public final class RunBackends {

  private static final Logger LOG = LoggerFactory.getLogger(RunBackends.class);

  private RunBackends() {}

  /**
   * The backend of {@code settings}.
   *
   * @throws IllegalArgumentException for a device that is not there or a malformed master URL
   * @throws IllegalStateException when Spark is asked for and not on the class path
   */
  public static RunBackend create(BackendSettings settings, ProgressListener listener) {
    RunCache cache = new RunCache(settings.cacheRoot());
    DataConfig data = DataConfig.fromEnvironment();
    if (settings.executor() == ExecutorKind.SPARK) {
      requireSpark();
      Training limits = new Training(data);
      return SparkBackend.start(
          new SparkSettings(
              settings.sparkMaster(),
              settings.workers(),
              settings.device(),
              data.explicitDir(),
              limits::seedBatchLimit),
          cache,
          listener);
    }
    int cores = Runtime.getRuntime().availableProcessors();
    EngineThreads.configure(settings.workers() > 0 ? settings.workers() : cores);
    DevicePlan plan = Devices.plan(settings.device(), settings.workers());
    LOG.info("devices: {} -> {}", settings.device(), plan.workers());
    return new RunExecutor(
        cache, new Training(data, DevicePool.of(plan)), plan.workers().size(), listener);
  }

  private static void requireSpark() {
    try {
      Class.forName("org.apache.spark.SparkConf", false, RunBackends.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(
          ExecutorKind.PROPERTY
              + "=spark needs Apache Spark on the class path: add the dependency"
              + " org.apache.spark:spark-core_2.13:"
              + sparkVersion()
              + " (scope test, in the project that holds the claims); see the README, \"Running"
              + " on a Spark cluster\"",
          e);
    }
  }

  /** The Spark version bn-core was built against. */
  static String sparkVersion() {
    Properties p = new Properties();
    try (InputStream in = RunBackends.class.getResourceAsStream("/bn-core-build.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // the generic advice below
    }
    String v = p.getProperty("spark.version", "");
    return v.isBlank() || v.contains("${") ? "4.x" : v;
  }
}
