package org.bnclaims.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import org.apache.spark.api.java.JavaSparkContext;
import org.bnclaims.data.DataUnavailableException;
import org.bnclaims.run.RunFunction;
import org.bnclaims.run.RunJson;
import org.bnclaims.run.RunResult;
import org.bnclaims.spec.CanonicalJson;
import org.bnclaims.spec.RunSpec;
import org.bnclaims.spec.SpecHash;

/**
 * The driver's run function: each call trains one seed batch as one Spark job of one task and
 * parses the results the task returns; the {@link org.bnclaims.run.RunCache} that called it then
 * validates and stores them. Calls come from the executor's worker threads at once, and Spark
 * schedules their tasks over the cluster's task slots.
 */
final class SparkRunFunction implements RunFunction {

  private final JavaSparkContext spark;
  private final ToIntFunction<RunSpec> seedBatchLimit;
  private final String dataDir;
  private final String device;

  SparkRunFunction(
      JavaSparkContext spark, ToIntFunction<RunSpec> seedBatchLimit, Path dataDir, String device) {
    this.spark = spark;
    this.seedBatchLimit = seedBatchLimit;
    this.dataDir = dataDir == null ? null : dataDir.toAbsolutePath().toString();
    this.device = device;
  }

  @Override
  public RunResult run(RunSpec spec, long seed, Path workDir) throws Exception {
    return runSeeds(spec, List.of(seed)).get(0);
  }

  @Override
  public int seedBatchLimit(RunSpec spec) {
    return seedBatchLimit.applyAsInt(spec);
  }

  @Override
  public List<RunResult> runSeeds(RunSpec spec, List<Long> seeds) throws Exception {
    String hash = SpecHash.of(spec);
    SeedTask task = new SeedTask(CanonicalJson.of(spec), hash, seeds, dataDir, device);
    spark.setJobDescription("bn-claims run " + hash.substring(0, 12) + " seeds " + seeds);
    List<List<String>> returned;
    try {
      returned = spark.parallelize(List.of(task), 1).map(new TrainTask()).collect();
    } catch (RuntimeException e) {
      DataUnavailableException missing = unavailable(e);
      throw missing != null ? missing : e;
    }
    if (returned.size() != 1 || returned.get(0).size() != seeds.size()) {
      throw new IllegalStateException(
          "the Spark task of run " + hash + " returned " + returned + " for seeds " + seeds);
    }
    List<RunResult> results = new ArrayList<>(seeds.size());
    for (String json : returned.get(0)) {
      try {
        results.add(RunJson.fromJson(json, "the Spark task's result of run " + hash));
      } catch (IOException e) {
        throw new IllegalStateException(e.getMessage(), e);
      }
    }
    return results;
  }

  /** A worker's missing data, if that is what failed the job (the claim is then SKIPPED). */
  private static DataUnavailableException unavailable(Throwable t) {
    for (Throwable c = t; c != null && c.getCause() != c; c = c.getCause()) {
      if (c instanceof DataUnavailableException d) {
        return d;
      }
    }
    return null;
  }
}
