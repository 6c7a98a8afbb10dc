package org.bnclaims.spark;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bnclaims.data.DataUnavailableException;
import org.bnclaims.device.DeviceSetting;
import org.bnclaims.run.RunCache;
import org.bnclaims.run.RunExecutor;
import org.bnclaims.run.RunJob;
import org.bnclaims.run.RunOutcome;
import org.bnclaims.run.RunsFailedException;
import org.bnclaims.spec.DataSpec;
import org.bnclaims.spec.ModelSpec;
import org.bnclaims.spec.NormSpec;
import org.bnclaims.spec.NormVariant;
import org.bnclaims.spec.OptimSpec;
import org.bnclaims.spec.ProbeSpec;
import org.bnclaims.spec.RunSpec;
import org.bnclaims.spec.TrainSpec;
import org.bnclaims.train.Training;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark backend on {@code local[2]}: real training in Spark tasks, results stored by the driver
 * through the run cache exactly as the local executor stores them. (The claims module runs a
 * standalone cluster with a killed executor.)
 */
@Timeout(300)
class SparkBackendTest {

  @TempDir static Path tmp;
  private static SparkBackend spark;

  @BeforeAll
  static void start() {
    spark =
        SparkBackend.start(
            new SparkSettings(
                "local[2]", 2, DeviceSetting.parse("cpu"), tmp.resolve("no-data"), s -> 1),
            new RunCache(tmp.resolve("spark-cache")),
            p -> {});
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.close();
    }
  }

  private static RunSpec mlp(NormVariant variant, boolean synthetic) {
    return new RunSpec(
        DataSpec.of("mnist").withSynthetic(synthetic).withSubset(30, 10),
        ModelSpec.mlp(32),
        NormSpec.of(variant),
        OptimSpec.sgd(0.05),
        TrainSpec.of(16, 2),
        ProbeSpec.NONE);
  }

  private static List<RunJob> jobs() {
    List<RunJob> jobs = new ArrayList<>();
    for (NormVariant v : List.of(NormVariant.BN_GAMMA_BETA, NormVariant.NONE)) {
      for (long seed = 1; seed <= 3; seed++) {
        jobs.add(new RunJob(mlp(v, true), seed));
      }
    }
    return jobs;
  }

  @Test
  void sparkTasksComputeWhatTheLocalExecutorComputesAndALaterLocalRunReadsTheirCache()
      throws Exception {
    List<RunOutcome> onSpark = spark.runAll(jobs());
    assertTrue(onSpark.stream().noneMatch(RunOutcome::cacheHit));

    RunExecutor local =
        new RunExecutor(new RunCache(tmp.resolve("local-cache")), new Training(), 2, p -> {});
    List<RunOutcome> inProcess = local.runAll(jobs());
    for (int i = 0; i < onSpark.size(); i++) {
      assertEquals(inProcess.get(i).result().specHash(), onSpark.get(i).result().specHash());
      assertEquals(inProcess.get(i).result().seed(), onSpark.get(i).result().seed());
      assertEquals(
          inProcess.get(i).result().epochs(), onSpark.get(i).result().epochs(), "job " + i);
    }

    RunExecutor later =
        new RunExecutor(
            new RunCache(tmp.resolve("spark-cache")), (s, seed, dir) -> fail(), 2, p -> {});
    List<RunOutcome> served = later.runAll(jobs());
    assertTrue(
        served.stream().allMatch(RunOutcome::cacheHit), "every run is served from the cache");
    RunCache cache = new RunCache(tmp.resolve("spark-cache"));
    for (RunJob job : jobs()) {
      Path dir = cache.runDir(job.spec(), job.seed());
      assertTrue(Files.isRegularFile(dir.resolve("COMPLETE")), dir.toString());
      assertEquals(cache.lookup(job.spec(), job.seed()).orElseThrow().epochs().size(), 2);
    }
  }

  @Test
  void missingDataOnTheWorkerFailsNamingThePathAndTheHost() {
    RunsFailedException e =
        assertThrows(
            RunsFailedException.class,
            () -> spark.runAll(List.of(new RunJob(mlp(NormVariant.NONE, false), 1))));
    DataUnavailableException missing = null;
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof DataUnavailableException d) {
        missing = d;
      }
    }
    assertNotNull(missing, "the worker's DataUnavailableException reaches the driver: " + e);
    assertTrue(
        missing.getMessage().contains(tmp.resolve("no-data").toString()), missing.getMessage());
    assertTrue(missing.getMessage().contains("on Spark worker "), missing.getMessage());
  }
}
