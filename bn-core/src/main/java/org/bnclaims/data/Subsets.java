package org.bnclaims.data;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Seeded stratified subsets: exactly {@code n} images of every class, so a reduced-profile run sees
 * balanced classes and every replicate of a comparison sees the same images.
 */
final class Subsets {
  private Subsets() {}

  /**
   * Indices (ascending) of {@code perClass} images per class, each class's draw a seeded partial
   * Fisher-Yates shuffle of its indices.
   *
   * @param what names the split in error messages, e.g. {@code "cifar10 train"}
   */
  static int[] stratified(ImageSet set, int perClass, long seed, String what) {
    if (perClass <= 0) {
      throw new IllegalArgumentException(
          what + ": images per class must be positive, got " + perClass);
    }
    int[] hist = set.labelHistogram();
    for (int k = 0; k < hist.length; k++) {
      if (hist[k] < perClass) {
        throw new IllegalArgumentException(
            what
                + " has only "
                + hist[k]
                + " images of class "
                + k
                + "; asked for "
                + perClass
                + " per class (histogram "
                + Arrays.toString(hist)
                + ")");
      }
    }
    SplittableRandom rng = new SplittableRandom(seed);
    int[] out = new int[perClass * hist.length];
    int o = 0;
    for (int k = 0; k < hist.length; k++) {
      int[] idx = set.indicesOf(k);
      for (int j = 0; j < perClass; j++) {
        int r = j + rng.nextInt(idx.length - j);
        int t = idx[j];
        idx[j] = idx[r];
        idx[r] = t;
        out[o++] = idx[j];
      }
    }
    Arrays.sort(out);
    return out;
  }
}
