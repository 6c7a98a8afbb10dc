package org.bnclaims.stats;

import org.apache.commons.math3.stat.StatUtils;

/**
 * A t-based estimate (mean difference or mean) with its standard error and degrees of freedom, from
 * which every interval and one-sided p of the procedures follows.
 *
 * <p>A standard error of zero (every paired difference, or every value, equal) is legitimate data,
 * e.g. a count that comes out the same for every seed: the statistic is then degenerate, its
 * interval is the point estimate and each one-sided p is 0 or 1, the limit of the t procedure as
 * the spread goes to zero. Whether the seeds reach the runs at all is checked where the runs are
 * (the claim lab), not here.
 *
 * @param estimate mean (paired difference, Welch difference of means, or mean)
 * @param se standard error
 * @param df degrees of freedom (n - 1, or Welch-Satterthwaite)
 */
record TStat(double estimate, double se, double df) {

  /** One-sample statistic of {@code x}: mean, s/sqrt(n), n - 1. */
  static TStat oneSample(double[] x) {
    int n = x.length;
    double mean = StatUtils.mean(x);
    double var = constant(x) ? 0 : StatUtils.variance(x, mean);
    return new TStat(mean, Math.sqrt(var / n), n - 1);
  }

  /**
   * Welch statistic of mean(a) - mean(b), recomputed here because Commons Math's {@code TTest.df}
   * is protected: se = sqrt(va/na + vb/nb), df by Welch-Satterthwaite.
   */
  static TStat welch(double[] a, double[] b) {
    double va = constant(a) ? 0 : StatUtils.variance(a) / a.length;
    double vb = constant(b) ? 0 : StatUtils.variance(b) / b.length;
    double se2 = va + vb;
    double df =
        se2 == 0
            ? a.length + b.length - 2
            : se2 * se2 / (va * va / (a.length - 1) + vb * vb / (b.length - 1));
    return new TStat(StatUtils.mean(a) - StatUtils.mean(b), Math.sqrt(se2), df);
  }

  /**
   * Values equal up to rounding (range <= 1e-12 of their magnitude, as after subtracting a constant
   * offset) count as equal, so a blurred constant is not mistaken for a tiny real spread.
   */
  private static boolean constant(double[] x) {
    double min = x[0];
    double max = x[0];
    for (double v : x) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    return max - min <= 1e-12 * Math.max(1, Math.max(Math.abs(min), Math.abs(max)));
  }

  /** Two-sided (1 - 2 alpha) interval: each bound is a one-sided alpha bound. */
  double[] interval(double alpha) {
    if (degenerate()) {
      return new double[] {estimate, estimate};
    }
    double q = OneSidedT.quantile(1 - alpha, df);
    return new double[] {estimate - q * se, estimate + q * se};
  }

  /** p of H0 "parameter <= mu" against "greater". */
  double pAbove(double mu) {
    if (degenerate()) {
      return estimate > mu ? 0 : 1;
    }
    return OneSidedT.pGreater((estimate - mu) / se, df);
  }

  /** p of H0 "parameter >= mu" against "less". */
  double pBelow(double mu) {
    if (degenerate()) {
      return estimate < mu ? 0 : 1;
    }
    return OneSidedT.pLess((estimate - mu) / se, df);
  }

  /** True when the standard error is zero: all the data's information is in the estimate. */
  boolean degenerate() {
    return se == 0;
  }

  /** The same statistic with the sign of the estimate reversed. */
  TStat negate() {
    return new TStat(-estimate, se, df);
  }
}
