package org.bnclaims.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.bnclaims.device.DeviceSetting;
import org.bnclaims.run.ProgressListener;
import org.bnclaims.run.RunBackend;
import org.bnclaims.run.RunCache;
import org.bnclaims.run.RunExecutor;
import org.bnclaims.run.RunJob;
import org.bnclaims.run.RunOutcome;
import org.bnclaims.run.RunsFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs replicates as Spark tasks: a {@link RunExecutor} whose run function sends each seed batch to
 * the cluster, so batching, the cache (written here, on the driver, only after a task returned),
 * failure reports and progress are the local executor's.
 *
 * <p>The Spark configuration is Spark's own ({@code spark.*} system properties, e.g. {@code
 * -Dspark.executor.memory=8g}) plus: the master, the application name, no web UI unless asked for,
 * one GPU per task with {@code bn.device=gpu}, and on a cluster the driver's class path as {@code
 * spark.jars} ({@link TaskJars}) unless {@code spark.jars} is set. A failed task is retried by
 * Spark ({@code spark.task.maxFailures}, 4 by default on a cluster; {@code local[N,F]} for F
 * attempts in this JVM).
 */
public final class SparkBackend implements RunBackend {

  private static final Logger LOG = LoggerFactory.getLogger(SparkBackend.class);

  /** Spark's application name for the lab's runs. */
  static final String APP_NAME = "bn-claims";

  private final JavaSparkContext spark;
  private final RunExecutor executor;
  private final Path scratch;

  private SparkBackend(JavaSparkContext spark, RunExecutor executor, Path scratch) {
    this.spark = spark;
    this.executor = executor;
    this.scratch = scratch;
  }

  /**
   * Connects to the master of {@code settings} (or starts Spark in this JVM for {@code local}).
   *
   * @throws IllegalArgumentException for a malformed master URL
   */
  public static SparkBackend start(
      SparkSettings settings, RunCache cache, ProgressListener listener) {
    int cores = Runtime.getRuntime().availableProcessors();
    String master =
        SparkMaster.resolve(settings.master(), settings.workers() > 0 ? settings.workers() : cores);
    SparkConf conf = configure(new SparkConf(), master, settings.device());
    Path scratch = null;
    if (!SparkMaster.isLocal(master) && !conf.contains("spark.jars")) {
      try {
        scratch = Files.createTempDirectory("bn-spark-jars");
      } catch (IOException e) {
        throw new UncheckedIOException("cannot create a directory for the task jars", e);
      }
      List<Path> jars = TaskJars.of(System.getProperty("java.class.path", ""), scratch);
      conf.set("spark.jars", jars.stream().map(Path::toString).collect(Collectors.joining(",")));
    }
    LOG.info("Spark: master {}, device {}", master, settings.device());
    JavaSparkContext spark = new JavaSparkContext(conf);
    int workers = settings.workers() > 0 ? settings.workers() : spark.defaultParallelism();
    String device =
        settings.device().kind() == DeviceSetting.Kind.AUTO ? "auto" : "" + settings.device();
    RunExecutor executor =
        new RunExecutor(
            cache,
            new SparkRunFunction(spark, settings.seedBatchLimit(), settings.dataDir(), device),
            Math.max(1, workers),
            listener);
    return new SparkBackend(spark, executor, scratch);
  }

  /** DJL's settings of which PyTorch to load; executors get the driver's. */
  static final List<String> DJL_SETTINGS =
      List.of("PYTORCH_FLAVOR", "PYTORCH_VERSION", "PYTORCH_LIBRARY_PATH");

  /** Adds the lab's settings to {@code conf}; what the user set in {@code conf} wins. */
  static SparkConf configure(SparkConf conf, String master, DeviceSetting device) {
    return configure(conf, master, device, SparkBackend::envOrProperty);
  }

  static SparkConf configure(
      SparkConf conf, String master, DeviceSetting device, Function<String, String> driver) {
    conf.setMaster(master).setAppName(APP_NAME);
    conf.setIfMissing("spark.ui.enabled", "false");
    if (device.kind() == DeviceSetting.Kind.GPU_ALL) {
      conf.setIfMissing("spark.task.resource." + TrainTask.GPU + ".amount", "1");
    }
    // The executors load PyTorch as the driver would: the CUDA flavor of -Pgpu, a local libtorch.
    for (String key : DJL_SETTINGS) {
      String v = driver.apply(key);
      if (v != null && !v.isBlank()) {
        conf.setIfMissing("spark.executorEnv." + key, v);
      }
    }
    return conf;
  }

  private static String envOrProperty(String key) {
    String v = System.getenv(key);
    return v != null && !v.isBlank() ? v : System.getProperty(key);
  }

  @Override
  public List<RunOutcome> runAll(String label, List<RunJob> jobs, ProgressListener listener)
      throws RunsFailedException, InterruptedException {
    return executor.runAll(label, jobs, listener);
  }

  @Override
  public int workers() {
    return executor.workers();
  }

  /** The Spark context, for listeners and tests. */
  public JavaSparkContext context() {
    return spark;
  }

  @Override
  public void close() {
    executor.close();
    spark.stop();
    if (scratch != null) {
      try (Stream<Path> files = Files.walk(scratch)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      } catch (IOException e) {
        LOG.warn("could not delete {}: {}", scratch, e.toString());
      }
    }
  }
}
