package org.bnclaims.stats;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * One-sided p-values and quantiles of Student's t, because every Commons Math t-test returns a
 * two-sided p ({@code 2 * T.cdf(-|t|)}) and halving it gives the wrong answer when t has the
 * unclaimed sign.
 *
 * <p>Distributions are built as {@code new TDistribution(null, df)}: the null generator avoids
 * allocating a Well19937c per call, as Commons Math does internally (docs/statistics.md section 5).
 */
public final class OneSidedT {
  private OneSidedT() {}

  /** The t distribution with {@code df} degrees of freedom (df may be fractional, as in Welch). */
  static TDistribution distribution(double df) {
    if (!(df > 0) || !Double.isFinite(df)) {
      throw new IllegalArgumentException("degrees of freedom must be finite and > 0, got " + df);
    }
    return new TDistribution(null, df);
  }

  /** P(T >= t): the p-value of H0 "parameter <= null value" against "greater". */
  public static double pGreater(double t, double df) {
    return distribution(df).cumulativeProbability(-t);
  }

  /** P(T <= t): the p-value of H0 "parameter >= null value" against "less". */
  public static double pLess(double t, double df) {
    return distribution(df).cumulativeProbability(t);
  }

  /** The p-quantile of t with df degrees of freedom, e.g. {@code quantile(0.95, 4) = 2.13185}. */
  public static double quantile(double p, double df) {
    if (!(p > 0 && p < 1)) {
      throw new IllegalArgumentException("quantile probability must lie in (0, 1), got " + p);
    }
    return distribution(df).inverseCumulativeProbability(p);
  }
}
