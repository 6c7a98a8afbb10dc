package org.bnclaims.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.jni.JniUtils;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bnclaims.data.DataConfig;
import org.bnclaims.run.EngineThreads;
import org.bnclaims.run.RunCache;
import org.bnclaims.run.RunExecutor;
import org.bnclaims.run.RunJob;
import org.bnclaims.spec.RunSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The benchmark the README quotes (DESIGN.md section 12, issue 9). Not part of the normal test run:
 * {@code mvn -B -pl bn-core test -Dtest=TrainingBenchmark -Dbn.bench=true}, or {@code
 * bench/compare.sh}, which also runs PyTorch eager on the same work. It prints one {@code FIGURE
 * name value unit} line per figure and a per-op breakdown; it asserts nothing, because wall time on
 * a shared machine is not a test. Figures are the best of {@link #REPEATS} runs.
 *
 * <p>All data is synthetic with the real datasets' shapes (the work per step is the same), so the
 * benchmark runs anywhere. The engine is configured for two workers of one intra-op thread, the
 * executor's default; single-run figures set the intra-op threads explicitly.
 */
@EnabledIfSystemProperty(named = "bn.bench", matches = "true")
class TrainingBenchmark {

  static final int REPEATS = 3;

  private static double best(int repeats, ThrowingSupplier<Double> seconds) throws Exception {
    double b = Double.MAX_VALUE;
    for (int r = 0; r < repeats; r++) {
      b = Math.min(b, seconds.get());
    }
    return b;
  }

  interface ThrowingSupplier<T> {
    T get() throws Exception;
  }

  static void figure(String name, double value, String unit) {
    System.out.printf(Locale.ROOT, "FIGURE %s %.4g %s%n", name, value, unit);
  }

  @Test
  void figures() throws Exception {
    EngineThreads.configure(2);
    System.out.println("CPU: " + BenchWork.cpuModel());
    Training one = new Training(DataConfig.fromEnvironment(), new SeedBatchPolicy(1));
    double peak = matmulPeak(2);
    figure("matmul_peak_2_threads", peak, "GFLOP/s");
    figure("matmul_peak_1_thread", matmulPeak(1), "GFLOP/s");

    JniUtils.setNumThreads(1);
    RunSpec mlp = BenchWork.mlpStep();
    double mlpMs = best(REPEATS, () -> seconds(one, mlp)) * 1000 / BenchWork.MLP_STEPS;
    figure("mlp_step_b8_1_thread", mlpMs, "ms");

    for (int threads : new int[] {2, 1}) {
      JniUtils.setNumThreads(threads);
      RunSpec c3 = BenchWork.threeC3d(1.0, 128);
      double ips = BenchWork.trainImages(c3) / best(2, () -> seconds(one, c3));
      figure("3c3d_b128_" + threads + "_threads", ips, "images/s");
      double share = ips * BenchWork.trainFlops(c3) / 1e9 / peak;
      figure("3c3d_b128_" + threads + "_threads_share_of_2_thread_peak", 100 * share, "%");
      RunSpec acc = BenchWork.allCnnC(0.25, 256);
      double aips = BenchWork.trainImages(acc) / best(2, () -> seconds(one, acc));
      figure("allcnnc_w0.25_b256_" + threads + "_threads", aips, "images/s");
      figure(
          "allcnnc_w0.25_b256_" + threads + "_threads_share_of_2_thread_peak",
          100 * aips * BenchWork.trainFlops(acc) / 1e9 / peak,
          "%");
    }
    JniUtils.setNumThreads(1);
    seedBatchedGrid();
    breakdown(one);
  }

  /**
   * Document 000's MNIST grid at batch 8 (MLP 784-512-BN-10, Adam, 600 images per class, one
   * epoch), 10 seeds: one worker training them one after another, then as one 10-seed network; then
   * the executor (two workers) both ways, as the claims run it.
   */
  private static void seedBatchedGrid() throws Exception {
    RunSpec grid = BenchWork.doc000Grid();
    List<Long> seeds = new ArrayList<>();
    for (long s = 0; s < 10; s++) {
      seeds.add(s);
    }
    Training alone = new Training(DataConfig.fromEnvironment(), new SeedBatchPolicy(1));
    double sequential =
        best(
            2,
            () -> {
              long t0 = System.nanoTime();
              alone.runSeeds(grid, seeds);
              return (System.nanoTime() - t0) / 1e9;
            });
    double batched =
        best(
            2,
            () -> {
              long t0 = System.nanoTime();
              new Training(DataConfig.fromEnvironment(), new SeedBatchPolicy(10))
                  .runSeeds(grid, seeds);
              return (System.nanoTime() - t0) / 1e9;
            });
    figure("grid_b8_10_seeds_one_worker_sequential", 10 / sequential, "runs/s");
    figure("grid_b8_10_seeds_one_worker_batched", 10 / batched, "runs/s");
    figure("grid_b8_seed_batch_speedup_one_worker", sequential / batched, "x");
    double[] viaExecutor = new double[2];
    int[] limits = {1, 10};
    for (int i = 0; i < 2; i++) {
      Path dir = Files.createTempDirectory("bn-bench-cache");
      Training t = new Training(DataConfig.fromEnvironment(), new SeedBatchPolicy(limits[i]));
      RunExecutor ex = new RunExecutor(new RunCache(dir), t, 2, p -> {});
      List<RunJob> jobs = seeds.stream().map(s -> new RunJob(grid, s)).toList();
      long t0 = System.nanoTime();
      ex.runAll(jobs);
      viaExecutor[i] = (System.nanoTime() - t0) / 1e9;
    }
    figure("grid_b8_10_seeds_two_workers_sequential", 10 / viaExecutor[0], "runs/s");
    figure("grid_b8_10_seeds_two_workers_batched", 10 / viaExecutor[1], "runs/s");
    figure("grid_b8_seed_batch_speedup_two_workers", viaExecutor[0] / viaExecutor[1], "x");
  }

  /** Where the time goes, per kind of op, for the workloads the claims run (one thread). */
  private static void breakdown(Training one) throws Exception {
    System.out.println("Per-op breakdown (PyTorch profiler self time; one intra-op thread):");
    List<OpProfile.Work> works = new ArrayList<>();
    RunSpec mlp = BenchWork.mlpStep();
    works.add(
        new OpProfile.Work(
            "MLP 784-512-BN-10 b8", BenchWork.MLP_STEPS, () -> one.run(mlp, 1, null)));
    for (double w : new double[] {0.25, 0.5, 1.0}) {
      RunSpec c3 = BenchWork.threeC3d(w, 128);
      works.add(
          new OpProfile.Work(
              "3C3D w" + w + " b128", BenchWork.steps(c3), () -> one.run(c3, 1, null)));
      RunSpec acc = BenchWork.allCnnC(w, 256);
      works.add(
          new OpProfile.Work(
              "ALL-CNN-C w" + w + " b256", BenchWork.steps(acc), () -> one.run(acc, 1, null)));
    }
    for (OpProfile.Work work : works) {
      work.run().run(); // warm: data prepared, code compiled
    }
    List<String> lines = OpProfile.profile(works);
    lines.forEach(System.out::println);
    BenchWork.dataAndEvaluation(one).forEach(System.out::println);
  }

  private static double seconds(Training t, RunSpec spec) {
    long t0 = System.nanoTime();
    t.run(spec, 1, null);
    return (System.nanoTime() - t0) / 1e9;
  }

  /** GFLOP/s of a 2048^2 fp32 matmul on {@code threads} threads: the machine's practical peak. */
  static double matmulPeak(int threads) {
    int n = 2048;
    int before = JniUtils.getNumThreads();
    JniUtils.setNumThreads(threads);
    try (NDManager m = NDManager.newBaseManager()) {
      NDArray a = m.randomUniform(-1, 1, new Shape(n, n));
      NDArray b = m.randomUniform(-1, 1, new Shape(n, n));
      a.matMul(b).close();
      double best = 0;
      for (int r = 0; r < 5; r++) {
        long t0 = System.nanoTime();
        try (NDArray c = a.matMul(b)) {
          c.getFloat(0, 0);
        }
        best = Math.max(best, 2.0 * n * n * n / ((System.nanoTime() - t0) / 1e9) / 1e9);
      }
      return best;
    } finally {
      JniUtils.setNumThreads(before);
    }
  }
}
