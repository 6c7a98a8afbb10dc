package org.bnclaims.train;

import java.util.SplittableRandom;

/**
 * Independent random streams derived from a run's seed, one per purpose, so that changing how one
 * stream is consumed (say, adding augmentation) never shifts another (the initialization).
 */
final class Seeds {

  static final String INIT = "init";
  static final String ORDER = "order";
  static final String AUGMENT = "augment";
  static final String VISUALIZE = "visualize";

  private Seeds() {}

  /** The seed of the stream for {@code purpose}; a pure function of both arguments. */
  static long derive(long seed, String purpose) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < purpose.length(); i++) {
      h = (h ^ purpose.charAt(i)) * 0x100000001b3L;
    }
    return new SplittableRandom(seed ^ h).nextLong();
  }

  static SplittableRandom stream(long seed, String purpose) {
    return new SplittableRandom(derive(seed, purpose));
  }
}
