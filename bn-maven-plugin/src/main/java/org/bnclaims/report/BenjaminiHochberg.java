package org.bnclaims.report;

import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Benjamini-Hochberg step-up procedure, used only as suite-level context over the claims' headline
 * p-values (docs/statistics.md, "whole suite"): it never changes a verdict.
 */
final class BenjaminiHochberg {

  private BenjaminiHochberg() {}

  /**
   * BH-adjusted p-values (q-values) in input order: {@code q_(i) = min_{j >= i} min(1, m p_(j) /
   * j)} over the ascending order. Inputs must be in [0, 1] and not NaN.
   */
  static double[] adjust(double[] p) {
    int m = p.length;
    for (double v : p) {
      if (!(v >= 0 && v <= 1)) {
        throw new IllegalArgumentException("p-values must lie in [0, 1], got " + v);
      }
    }
    Integer[] order =
        IntStream.range(0, m)
            .boxed()
            .sorted(Comparator.comparingDouble(i -> p[i]))
            .toArray(Integer[]::new);
    double[] q = new double[m];
    double running = 1.0;
    for (int r = m; r >= 1; r--) {
      int i = order[r - 1];
      running = Math.min(running, Math.min(1.0, p[i] * m / r));
      q[i] = running;
    }
    return q;
  }

  /** Which hypotheses BH rejects at false discovery rate {@code fdr}, in input order. */
  static boolean[] rejected(double[] p, double fdr) {
    double[] q = adjust(p);
    boolean[] out = new boolean[p.length];
    for (int i = 0; i < p.length; i++) {
      out[i] = q[i] <= fdr;
    }
    return out;
  }

  /** Number of rejections at {@code fdr}. */
  static int count(double[] p, double fdr) {
    boolean[] r = rejected(p, fdr);
    int k = 0;
    for (boolean b : r) {
      k += b ? 1 : 0;
    }
    return k;
  }
}
