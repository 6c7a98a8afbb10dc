package org.bnclaims.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.bnclaims.data.DataConfig;
import org.bnclaims.data.Datasets;
import org.bnclaims.data.PreparedData;
import org.bnclaims.spec.DataSpec;
import org.bnclaims.spec.ModelSpec;
import org.bnclaims.spec.NormSpec;
import org.bnclaims.spec.NormVariant;
import org.bnclaims.spec.OptimSpec;
import org.bnclaims.spec.ProbeSpec;
import org.bnclaims.spec.RunSpec;
import org.bnclaims.spec.TrainSpec;

/**
 * The benchmark's workloads (synthetic data of the real shapes, one epoch each, a one-image-per-
 * class test split so that evaluation does not count) and their arithmetic. {@code
 * bench/pytorch_peer.py} runs the same networks, batch sizes and optimizers in PyTorch.
 */
final class BenchWork {

  /** Steps of the MLP figure: 10,000 images at batch 8. */
  static final int MLP_STEPS = 1250;

  private BenchWork() {}

  /** MLP 784-512-BN-10, plain SGD 0.01, batch 8. */
  static RunSpec mlpStep() {
    return new RunSpec(
        DataSpec.of("mnist").withSynthetic(true).withSubset(1000, 1),
        ModelSpec.mlp(512),
        NormSpec.of(NormVariant.BN_GAMMA_BETA),
        OptimSpec.sgd(0.01),
        TrainSpec.of(8, 1),
        ProbeSpec.NONE);
  }

  /** 3C3D with BN on CIFAR-10-shaped data, 2,560 training images, plain SGD. */
  static RunSpec threeC3d(double width, int batch) {
    return new RunSpec(
        DataSpec.of("cifar10").withSynthetic(true).withSubset(256, 1),
        ModelSpec.of("3c3d").withWidthMultiplier(width),
        NormSpec.of(NormVariant.BN_GAMMA_BETA),
        OptimSpec.sgd(0.01),
        TrainSpec.of(batch, 1),
        ProbeSpec.NONE);
  }

  /** ALL-CNN-C with BN (and its dropout) on CIFAR-100-shaped data, 2,560 training images. */
  static RunSpec allCnnC(double width, int batch) {
    return new RunSpec(
        DataSpec.of("cifar100").withSynthetic(true).withSubset(26, 1),
        ModelSpec.of("allcnnc").withWidthMultiplier(width).withDropout(true),
        NormSpec.of(NormVariant.BN_GAMMA_BETA),
        OptimSpec.sgd(0.01),
        TrainSpec.of(batch, 1),
        ProbeSpec.NONE);
  }

  /** Document 000's reduced MNIST run at batch 8 (one epoch of its 5). */
  static RunSpec doc000Grid() {
    return new RunSpec(
        DataSpec.of("mnist").withSynthetic(true).withSubset(600, 1),
        ModelSpec.mlp(512),
        NormSpec.of(NormVariant.BN_GAMMA_BETA),
        OptimSpec.adam(1e-3),
        TrainSpec.of(8, 1),
        ProbeSpec.NONE);
  }

  static int trainImages(RunSpec s) {
    int classes = s.data().dataset().equals("cifar100") ? 100 : 10;
    int n = s.data().trainPerClass() * classes;
    return n / s.train().batchSize() * s.train().batchSize();
  }

  static int steps(RunSpec s) {
    return trainImages(s) / s.train().batchSize();
  }

  private static int w(double width, int base) {
    return Math.max(1, (int) Math.round(base * width));
  }

  /**
   * Training FLOPs per image: 3x the forward pass (forward, input gradient, weight gradient), with
   * multiply-adds counted as 2, from the layer shapes in docs/architectures.md.
   */
  static double trainFlops(RunSpec s) {
    double width = s.model().widthMultiplier();
    double macs;
    if (s.model().arch().equals("3c3d")) {
      int c1 = w(width, 64);
      int c2 = w(width, 96);
      int c3 = w(width, 128);
      int d1 = w(width, 512);
      int d2 = w(width, 256);
      macs =
          28.0 * 28 * c1 * 3 * 25
              + 12.0 * 12 * c2 * c1 * 9
              + 6.0 * 6 * c3 * c2 * 9
              + c3 * 9.0 * d1
              + (double) d1 * d2
              + d2 * 10.0;
    } else {
      int a = w(width, 96);
      int b = w(width, 192);
      macs =
          32.0 * 32 * a * 3 * 9
              + 32.0 * 32 * a * a * 9
              + 16.0 * 16 * a * a * 9
              + 16.0 * 16 * b * a * 9
              + 16.0 * 16 * b * b * 9
              + 8.0 * 8 * b * b * 9
              + 6.0 * 6 * b * b * 9
              + 6.0 * 6 * b * b
              + 6.0 * 6 * 100 * b;
    }
    return 3 * 2 * macs;
  }

  /** The CPU's model name, from /proc/cpuinfo (or os.arch where there is none). */
  static String cpuModel() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
        if (line.startsWith("model name")) {
          String flags = Files.readString(Path.of("/proc/cpuinfo"));
          return line.substring(line.indexOf(':') + 1).trim()
              + ", "
              + Runtime.getRuntime().availableProcessors()
              + " cores"
              + (flags.contains(" avx512f")
                  ? ", AVX-512"
                  : flags.contains(" avx2") ? ", AVX2 (no AVX-512)" : "");
        }
      }
    } catch (IOException e) {
      // fall through
    }
    return System.getProperty("os.arch");
  }

  /**
   * Data preparation (Java: the normalizing, augmenting copy into the batch buffer) per training
   * batch, and evaluation per 1,000 test images, for 3C3D at batch 128.
   */
  static List<String> dataAndEvaluation(Training one) {
    RunSpec spec =
        threeC3d(1.0, 128)
            .withData(
                DataSpec.of("cifar10")
                    .withSynthetic(true)
                    .withSubset(256, 1)
                    .withAugmentation(true, 4));
    PreparedData data = Datasets.prepare(spec.data(), DataConfig.fromEnvironment());
    int[] order = new int[data.trainSize()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    float[] x = new float[128 * 3 * 32 * 32];
    float[] y = new float[128];
    SplittableRandom rng = new SplittableRandom(1);
    int batches = order.length / 128;
    for (int warm = 0; warm < 3; warm++) {
      data.fill(true, order, 0, 128, x, y, rng);
    }
    long t0 = System.nanoTime();
    for (int r = 0; r < 10; r++) {
      for (int b = 0; b < batches; b++) {
        data.fill(true, order, b * 128, 128, x, y, rng);
      }
    }
    double fillMs = (System.nanoTime() - t0) / 1e6 / (10 * batches);
    RunSpec small = threeC3d(1.0, 128);
    RunSpec withTest =
        small.withData(DataSpec.of("cifar10").withSynthetic(true).withSubset(256, 100));
    one.run(withTest, 0, null);
    double a = bestSeconds(one, small);
    double b = bestSeconds(one, withTest);
    double evalMs = Math.max(0, b - a) * 1000 / 990 * 1000;
    return List.of(
        String.format(
            Locale.ROOT,
            "  data preparation (pad-4 crop + flip, Java): %.3f ms per batch of 128",
            fillMs),
        String.format(
            Locale.ROOT, "  evaluation, 3C3D w1.0: %.1f ms per 1,000 test images", evalMs));
  }

  private static double bestSeconds(Training t, RunSpec spec) {
    double best = Double.MAX_VALUE;
    for (int r = 0; r < 2; r++) {
      long t0 = System.nanoTime();
      t.run(spec, 1, null);
      best = Math.min(best, (System.nanoTime() - t0) / 1e9);
    }
    return best;
  }
}
