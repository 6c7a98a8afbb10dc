package org.bnclaims.stats;

import org.apache.commons.math3.random.Well19937c;

/**
 * The sign-flip permutation test of paired differences, one-sided "greater": under H0 each
 * difference is symmetric about zero, so all 2^n sign patterns of |d| are equally likely and p is
 * the share whose sum reaches the observed sum.
 *
 * <p>It replaces Commons Math's exact Wilcoxon test, which is two-sided only, cannot reject at n =
 * 5 (minimum p .0625), counts zero differences against the claim and returns p > 1
 * (docs/statistics.md section 5). Zeros are kept: flipping them changes nothing, which is the
 * conditional permutation distribution.
 */
public final class SignFlip {
  /** Largest n enumerated exactly (2^20 sign patterns, a few milliseconds). */
  public static final int MAX_EXACT_N = 20;

  private SignFlip() {}

  /** Exact one-sided p of H0 "differences symmetric about 0" against "greater", n <= 20. */
  public static double exactP(double[] d) {
    Inputs.finite("d", d);
    int n = d.length;
    if (n == 0 || n > MAX_EXACT_N) {
      throw new IllegalArgumentException(
          "exact sign-flip enumeration needs 1 to " + MAX_EXACT_N + " differences, got " + n);
    }
    double observed = 0;
    double scale = 0;
    for (double v : d) {
      observed += v;
      scale += Math.abs(v);
    }
    double tolerance = 1e-9 * Math.max(scale, Double.MIN_NORMAL);
    // Gray-code walk: each step flips one sign, so each pattern costs O(1).
    boolean[] flipped = new boolean[n];
    double sum = observed;
    long reach = 1;
    long patterns = 1L << n;
    for (long i = 1; i < patterns; i++) {
      int bit = Long.numberOfTrailingZeros(i);
      sum += flipped[bit] ? 2 * d[bit] : -2 * d[bit];
      flipped[bit] = !flipped[bit];
      if (sum >= observed - tolerance) {
        reach++;
      }
    }
    return (double) reach / patterns;
  }

  /**
   * One-sided p: exact for n <= 20, otherwise a Monte Carlo estimate (1 + hits) / (1 + draws) from
   * {@code Well19937c(seed)}, which never returns 0.
   */
  public static double p(double[] d, long seed, int draws) {
    if (d.length <= MAX_EXACT_N) {
      return exactP(d);
    }
    Inputs.finite("d", d);
    double observed = 0;
    double scale = 0;
    for (double v : d) {
      observed += v;
      scale += Math.abs(v);
    }
    double tolerance = 1e-9 * scale;
    Well19937c rng = new Well19937c(seed);
    long hits = 0;
    for (int r = 0; r < draws; r++) {
      double sum = 0;
      for (double v : d) {
        sum += rng.nextBoolean() ? v : -v;
      }
      if (sum >= observed - tolerance) {
        hits++;
      }
    }
    return (1.0 + hits) / (1.0 + draws);
  }
}
