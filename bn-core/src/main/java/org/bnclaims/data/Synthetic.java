package org.bnclaims.data;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded synthetic stand-ins shaped like a registered dataset, for the smoke profile (never
 * evidence). Each class has a smooth prototype (a coarse random grid, bilinearly upsampled and
 * mirror-symmetric so horizontal flips keep the class); an image is its class prototype plus a
 * per-image brightness shift and per-pixel Gaussian noise, clamped to 0..255. Classes are far apart
 * relative to the noise, so a small model learns them within one epoch.
 */
final class Synthetic {
  /** Images per class when the spec asks for 0 (the whole split). */
  static final int DEFAULT_TRAIN_PER_CLASS = 100;

  static final int DEFAULT_TEST_PER_CLASS = 20;
  private static final int GRID = 4;
  private static final double NOISE_SD = 24;
  private static final double SHIFT_SD = 10;

  /** What a report must say about these images. */
  static final String NOTE =
      "synthetic stand-in: seeded class prototypes plus noise, not real images (never evidence)";

  private Synthetic() {}

  static Dataset generate(
      DatasetKind kind, int imageSize, int trainPerClass, int testPerClass, long seed) {
    int side = kind.side(imageSize);
    int k = kind.classes();
    SplittableRandom root = new SplittableRandom(seed);
    float[][] protos = new float[k][];
    for (int c = 0; c < k; c++) {
      protos[c] = prototype(kind.channels, side, root);
    }
    SplittableRandom trainRng = root.split();
    SplittableRandom testRng = root.split();
    int nTrain = trainPerClass > 0 ? trainPerClass : DEFAULT_TRAIN_PER_CLASS;
    int nTest = testPerClass > 0 ? testPerClass : DEFAULT_TEST_PER_CLASS;
    ImageSet train = draw(protos, kind.channels, side, nTrain, trainRng);
    ImageSet test = draw(protos, kind.channels, side, nTest, testRng);
    return new Dataset(kind.folder, train, test, kind.classNames, List.of(NOTE));
  }

  /** The noiseless class prototypes the generator uses (for tests of class separation). */
  static float[][] prototypes(DatasetKind kind, int imageSize, long seed) {
    int side = kind.side(imageSize);
    SplittableRandom root = new SplittableRandom(seed);
    float[][] protos = new float[kind.classes()][];
    for (int c = 0; c < protos.length; c++) {
      protos[c] = prototype(kind.channels, side, root);
    }
    return protos;
  }

  private static float[] prototype(int channels, int side, SplittableRandom rng) {
    float[] p = new float[channels * side * side];
    double[][] g = new double[GRID][GRID];
    for (int c = 0; c < channels; c++) {
      for (int gy = 0; gy < GRID; gy++) {
        for (int gx = 0; gx < (GRID + 1) / 2; gx++) {
          g[gy][gx] = 30 + 195 * rng.nextDouble();
          g[gy][GRID - 1 - gx] = g[gy][gx];
        }
      }
      for (int y = 0; y < side; y++) {
        double fy = (double) y * (GRID - 1) / (side - 1);
        int y0 = Math.min((int) fy, GRID - 2);
        double ty = fy - y0;
        for (int x = 0; x < side; x++) {
          double fx = (double) x * (GRID - 1) / (side - 1);
          int x0 = Math.min((int) fx, GRID - 2);
          double tx = fx - x0;
          double v =
              (1 - ty) * ((1 - tx) * g[y0][x0] + tx * g[y0][x0 + 1])
                  + ty * ((1 - tx) * g[y0 + 1][x0] + tx * g[y0 + 1][x0 + 1]);
          p[(c * side + y) * side + x] = (float) v;
        }
      }
    }
    return p;
  }

  /** {@code perClass} images of every class, interleaved (image i has label i mod K). */
  private static ImageSet draw(
      float[][] protos, int channels, int side, int perClass, SplittableRandom rng) {
    int k = protos.length;
    int n = perClass * k;
    int chw = channels * side * side;
    byte[] pixels = new byte[Math.toIntExact((long) n * chw)];
    byte[] labels = new byte[n];
    for (int i = 0; i < n; i++) {
      int c = i % k;
      labels[i] = (byte) c;
      double shift = SHIFT_SD * rng.nextGaussian();
      float[] p = protos[c];
      for (int j = 0, o = i * chw; j < chw; j++) {
        long v = Math.round(p[j] + shift + NOISE_SD * rng.nextGaussian());
        pixels[o + j] = (byte) Math.max(0, Math.min(255, v));
      }
    }
    return new ImageSet(pixels, labels, channels, side, side, k);
  }
}
