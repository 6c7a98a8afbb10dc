package org.bnclaims.stats;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Holm's step-down correction for a family of p-values (missing in Commons Math 3.6.1), used to
 * refute an ordering when any of its pairwise components is refuted (docs/statistics.md 3c).
 *
 * <p>Sort ascending; the adjusted p_(i) = max over j <= i of min(1, (m - j + 1) p_(j)). Rejecting
 * where the adjusted p is at most alpha is the same as the step-down rule "reject p_(i) <= alpha /
 * (m - i + 1) until the first failure".
 */
public final class Holm {
  private Holm() {}

  /** Holm-adjusted p-values, in the order of the input. */
  public static double[] adjust(double[] p) {
    if (p == null || p.length == 0) {
      throw new IllegalArgumentException("Holm needs at least one p-value");
    }
    for (int i = 0; i < p.length; i++) {
      if (!(p[i] >= 0 && p[i] <= 1)) {
        throw new IllegalArgumentException("p-value at index " + i + " is not in [0, 1]: " + p[i]);
      }
    }
    int m = p.length;
    Integer[] order = new Integer[m];
    for (int i = 0; i < m; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
    double[] adjusted = new double[m];
    double running = 0;
    for (int rank = 0; rank < m; rank++) {
      int i = order[rank];
      running = Math.max(running, Math.min(1, (m - rank) * p[i]));
      adjusted[i] = running;
    }
    return adjusted;
  }

  /** Which hypotheses Holm rejects at family-wise level alpha, in the order of the input. */
  public static boolean[] reject(double[] p, double alpha) {
    double[] adjusted = adjust(p);
    boolean[] rejected = new boolean[p.length];
    for (int i = 0; i < p.length; i++) {
      rejected[i] = adjusted[i] <= alpha;
    }
    return rejected;
  }
}
