package org.bnclaims.train;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.EasyTrain;
import ai.djl.training.Trainer;
import ai.djl.training.dataset.Batch;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bnclaims.run.EngineThreads;
import org.bnclaims.run.RunCache;
import org.bnclaims.run.RunExecutor;
import org.bnclaims.run.RunJob;
import org.bnclaims.run.RunResult;
import org.bnclaims.spec.DataSpec;
import org.bnclaims.spec.ModelSpec;
import org.bnclaims.spec.NormSpec;
import org.bnclaims.spec.NormVariant;
import org.bnclaims.spec.OptimSpec;
import org.bnclaims.spec.ProbeSpec;
import org.bnclaims.spec.RunSpec;
import org.bnclaims.spec.TrainSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The benchmark the README quotes (DESIGN.md section 12). Not part of the normal test run: {@code
 * mvn -B -pl bn-core test -Dtest=TrainingBenchmark -Dbn.bench=true}. It prints one line per figure;
 * it asserts nothing, because wall time on a shared machine is not a test.
 *
 * <p>Workers run with one intra-op thread each (the executor's default for small models), so the
 * engine is configured for two workers before anything loads it.
 */
@EnabledIfSystemProperty(named = "bn.bench", matches = "true")
class TrainingBenchmark {

  private static final int REPEATS = 3;

  @Test
  void figures() throws Exception {
    EngineThreads.Report threads = EngineThreads.configure(2);
    System.out.printf("engine intra-op threads: %d%n", threads.intraOpThreads());
    Training training = new Training();
    mlpStep(training);
    easyTrainStep();
    double peak = matmulPeak();
    convThroughput(training, peak);
    workerSpeedup(training);
  }

  /** MLP 784-512-BN-10 at batch 8: one epoch of 1,250 steps over a tiny test set. */
  private static void mlpStep(Training training) {
    RunSpec spec =
        new RunSpec(
            DataSpec.of("mnist").withSynthetic(true).withSubset(1000, 1),
            ModelSpec.mlp(512),
            NormSpec.of(NormVariant.BN_GAMMA_BETA),
            OptimSpec.sgd(0.01),
            TrainSpec.of(8, 1),
            ProbeSpec.NONE);
    int steps = 10_000 / 8;
    double best = Double.MAX_VALUE;
    for (int r = 0; r < REPEATS; r++) {
      RunResult res = training.run(spec, r, null);
      best = Math.min(best, res.wallSeconds() * 1000 / steps);
    }
    System.out.printf(Locale.ROOT, "MLP 784-512-BN-10 step at batch 8: %.3f ms%n", best);
  }

  /** The same network and batch through DJL's EasyTrain, for comparison. */
  private static void easyTrainStep() throws Exception {
    SequentialBlock net =
        new SequentialBlock()
            .add(Linear.builder().setUnits(512).optBias(false).build())
            .add(BatchNorm.builder().build())
            .add(Activation::relu)
            .add(Linear.builder().setUnits(10).build());
    try (Model model = Model.newInstance("mlp")) {
      model.setBlock(net);
      DefaultTrainingConfig cfg =
          new DefaultTrainingConfig(Loss.softmaxCrossEntropyLoss())
              .optOptimizer(Optimizer.sgd().setLearningRateTracker(Tracker.fixed(0.01f)).build());
      try (Trainer trainer = model.newTrainer(cfg)) {
        trainer.initialize(new Shape(8, 784));
        NDManager m = trainer.getManager();
        float[] x = new float[8 * 784];
        float[] y = new float[8];
        double best = Double.MAX_VALUE;
        for (int r = 0; r < REPEATS; r++) {
          int steps = 1250;
          long t0 = System.nanoTime();
          for (int s = 0; s < steps; s++) {
            try (NDManager sm = m.newSubManager()) {
              NDList data = new NDList(sm.create(x, new Shape(8, 784)));
              NDList lab = new NDList(sm.create(y, new Shape(8)));
              EasyTrain.trainBatch(trainer, new Batch(sm, data, lab, 1, null, null, 0, 1));
              trainer.step();
            }
          }
          best = Math.min(best, (System.nanoTime() - t0) / 1e6 / steps);
        }
        System.out.printf(Locale.ROOT, "  same step through DJL EasyTrain: %.3f ms%n", best);
      }
    }
  }

  /** GFLOP/s of a 2048^2 fp32 matmul with every core: the machine's practical peak. */
  private static double matmulPeak() {
    int n = 2048;
    int before = JniUtils.getNumThreads();
    JniUtils.setNumThreads(Runtime.getRuntime().availableProcessors());
    try (NDManager m = NDManager.newBaseManager()) {
      NDArray a = m.ones(new Shape(n, n));
      NDArray b = m.ones(new Shape(n, n));
      a.matMul(b).close();
      double best = 0;
      for (int r = 0; r < 5; r++) {
        long t0 = System.nanoTime();
        try (NDArray c = a.matMul(b)) {
          c.getFloat(0, 0);
        }
        best = Math.max(best, 2.0 * n * n * n / ((System.nanoTime() - t0) / 1e9) / 1e9);
      }
      System.out.printf(Locale.ROOT, "matmul 2048^2 fp32 (all cores): %.1f GFLOP/s%n", best);
      return best;
    } finally {
      JniUtils.setNumThreads(before);
    }
  }

  /**
   * 3C3D at batch 128, one worker using every core, as a share of the matmul peak. A training image
   * costs about 3x its forward FLOPs: conv1 7.53M + conv2 15.93M + conv3 7.96M + dense 1.45M = 32.9
   * MFLOP forward (multiply-adds x2, from the layer shapes in docs/architectures.md).
   */
  private static void convThroughput(Training training, double peak) {
    int before = JniUtils.getNumThreads();
    JniUtils.setNumThreads(Runtime.getRuntime().availableProcessors());
    try {
      RunSpec spec =
          new RunSpec(
              DataSpec.of("cifar10").withSynthetic(true).withSubset(256, 1),
              ModelSpec.of("3c3d"),
              NormSpec.of(NormVariant.BN_GAMMA_BETA),
              OptimSpec.sgd(0.01),
              TrainSpec.of(128, 1),
              ProbeSpec.NONE);
      double best = 0;
      for (int r = 0; r < 2; r++) {
        RunResult res = training.run(spec, r, null);
        best = Math.max(best, 2560 / res.wallSeconds());
      }
      double gflops = best * 3 * 32.9e6 / 1e9;
      System.out.printf(
          Locale.ROOT,
          "3C3D-BN training at batch 128: %.0f images/s = %.1f GFLOP/s = %.0f%% of matmul peak%n",
          best,
          gflops,
          100 * gflops / peak);
    } finally {
      JniUtils.setNumThreads(before);
    }
  }

  /** Eight small MLP runs through the executor with one worker, then with two. */
  private static void workerSpeedup(Training training) throws Exception {
    List<RunJob> jobs = new ArrayList<>();
    RunSpec spec =
        new RunSpec(
            DataSpec.of("mnist").withSynthetic(true).withSubset(200, 10),
            ModelSpec.mlp(256),
            NormSpec.of(NormVariant.BN_GAMMA_BETA),
            OptimSpec.sgd(0.01),
            TrainSpec.of(32, 3),
            ProbeSpec.NONE);
    for (int s = 0; s < 8; s++) {
      jobs.add(new RunJob(spec, 100 + s));
    }
    double[] seconds = new double[3];
    for (int workers = 1; workers <= 2; workers++) {
      Path dir = Files.createTempDirectory("bn-bench-cache");
      RunExecutor ex = new RunExecutor(new RunCache(dir), training, workers, p -> {});
      long t0 = System.nanoTime();
      ex.runAll(jobs);
      seconds[workers] = (System.nanoTime() - t0) / 1e9;
    }
    System.out.printf(
        Locale.ROOT,
        "8 small MLP runs: 1 worker %.2f s, 2 workers %.2f s, speed-up %.2fx%n",
        seconds[1],
        seconds[2],
        seconds[1] / seconds[2]);
  }
}
