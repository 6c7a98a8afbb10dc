package org.bnclaims.stats;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.stat.inference.AlternativeHypothesis;
import org.apache.commons.math3.stat.inference.BinomialTest;

/**
 * Win counts k of n seeds with an exact interval and sign-test p, as a robustness line beside the t
 * decision. The Clopper-Pearson interval is computed here from Beta quantiles because Commons Math
 * 3.6.1's {@code ClopperPearsonInterval} throws at k = 0 and k = n (verified), exactly where a
 * clean sweep of seeds lands.
 */
public final class Wins {
  private Wins() {}

  /**
   * Clopper-Pearson interval of a success probability: lower = Beta((1-level)/2; k, n-k+1) (0 if k
   * = 0), upper = Beta((1+level)/2; k+1, n-k) (1 if k = n).
   */
  public static double[] clopperPearson(int n, int k, double level) {
    check(n, k);
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("level must lie in (0, 1), got " + level);
    }
    double tail = (1 - level) / 2;
    double lower =
        k == 0 ? 0 : new BetaDistribution(null, k, n - k + 1).inverseCumulativeProbability(tail);
    double upper =
        k == n
            ? 1
            : new BetaDistribution(null, k + 1, n - k).inverseCumulativeProbability(1 - tail);
    return new double[] {lower, upper};
  }

  /** Exact sign-test p of H0 "win probability <= 1/2" against "greater" (BinomialTest). */
  public static double pGreater(int n, int k) {
    check(n, k);
    return new BinomialTest().binomialTest(n, k, 0.5, AlternativeHypothesis.GREATER_THAN);
  }

  /** Number of strictly positive values (ties and losses do not count as wins). */
  public static int count(double[] d) {
    int k = 0;
    for (double v : d) {
      if (v > 0) {
        k++;
      }
    }
    return k;
  }

  private static void check(int n, int k) {
    if (n < 1 || k < 0 || k > n) {
      throw new IllegalArgumentException("need 0 <= k <= n and n >= 1, got k=" + k + ", n=" + n);
    }
  }
}
