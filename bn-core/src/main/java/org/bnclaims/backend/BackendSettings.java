package org.bnclaims.backend;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import org.bnclaims.device.DeviceSetting;
import org.bnclaims.run.RunCache;

/**
 * What the backend is built from, each field parsed and validated from its setting.
 *
 * @param executor {@value ExecutorKind#PROPERTY}: {@code local} (default) or {@code spark}
 * @param sparkMaster {@value #SPARK_MASTER}, or null for {@code local[workers]}; only with Spark
 * @param device {@value DeviceSetting#PROPERTY}
 * @param workers {@value #WORKERS}, or 0 for the default (one per core, or one per GPU)
 * @param cacheRoot the run cache ({@value RunCache#ROOT_PROPERTY})
 */
public record BackendSettings(
    ExecutorKind executor, String sparkMaster, DeviceSetting device, int workers, Path cacheRoot) {

  /** The Spark master setting. */
  public static final String SPARK_MASTER = "bn.spark.master";

  /** The worker-count setting. */
  public static final String WORKERS = "bn.workers";

  public BackendSettings {
    if (executor == null || device == null || cacheRoot == null) {
      throw new IllegalArgumentException("backend settings need an executor, a device and a cache");
    }
    if (workers < 0) {
      throw new IllegalArgumentException(WORKERS + " must be >= 1 (or unset), got " + workers);
    }
    sparkMaster = sparkMaster == null || sparkMaster.isBlank() ? null : sparkMaster.trim();
    if (sparkMaster != null && executor != ExecutorKind.SPARK) {
      throw new IllegalArgumentException(
          SPARK_MASTER
              + " = '"
              + sparkMaster
              + "' is set but "
              + ExecutorKind.PROPERTY
              + " is '"
              + executor.key()
              + "'; set "
              + ExecutorKind.PROPERTY
              + "=spark to run on Spark");
    }
  }

  /**
   * Reads the settings through {@code get} (e.g. JUnit configuration parameters, which fall back to
   * system properties); blank values count as unset.
   *
   * @param workers the already parsed {@value #WORKERS}, or 0 when unset
   */
  public static BackendSettings read(
      Function<String, Optional<String>> get, int workers, Path cacheRoot) {
    return new BackendSettings(
        ExecutorKind.parse(get.apply(ExecutorKind.PROPERTY).orElse(null)),
        get.apply(SPARK_MASTER).orElse(null),
        DeviceSetting.parse(get.apply(DeviceSetting.PROPERTY).orElse(null)),
        workers,
        cacheRoot);
  }
}
