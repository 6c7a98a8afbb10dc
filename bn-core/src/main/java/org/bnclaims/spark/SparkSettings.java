package org.bnclaims.spark;

import java.nio.file.Path;
import java.util.function.ToIntFunction;
import org.bnclaims.device.DeviceSetting;
import org.bnclaims.spec.RunSpec;

/**
 * How to run on Spark.
 *
 * @param master {@code bn.spark.master} as given, or null for {@code local[workers]}
 * @param workers {@code bn.workers}: seed batches in flight at once, or 0 for Spark's default
 *     parallelism (the cluster's cores)
 * @param device {@code bn.device}: {@code cpu}, {@code gpu} (one GPU per task, through Spark's
 *     resource scheduling) or {@code auto} (a GPU when Spark gives the task one)
 * @param dataDir the driver's data directory, the same path on every worker, or null
 * @param seedBatchLimit the trainer's seed batch limit per spec (the workers' trainer is the same)
 */
public record SparkSettings(
    String master,
    int workers,
    DeviceSetting device,
    Path dataDir,
    ToIntFunction<RunSpec> seedBatchLimit) {

  public SparkSettings {
    if (workers < 0) {
      throw new IllegalArgumentException("bn.workers must be >= 1 (or unset), got " + workers);
    }
    if (device == null || seedBatchLimit == null) {
      throw new IllegalArgumentException("Spark settings need a device and a seed batch limit");
    }
    if (device.kind() == DeviceSetting.Kind.GPU_ONE) {
      throw new IllegalArgumentException(
          DeviceSetting.PROPERTY
              + " = '"
              + device
              + "' picks one GPU of this machine, but with bn.executor=spark Spark assigns a GPU"
              + " to each task; allowed with Spark: cpu, gpu or auto");
    }
    master = master == null || master.isBlank() ? null : master.trim();
  }
}
