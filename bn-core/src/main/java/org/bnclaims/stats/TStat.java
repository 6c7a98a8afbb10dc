package org.bnclaims.stats;

import org.apache.commons.math3.stat.StatUtils;

/**
 * A t-based estimate (mean difference or mean) with its standard error and degrees of freedom, from
 * which every interval and one-sided p of the procedures follows.
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
    double var = StatUtils.variance(x, mean);
    return new TStat(mean, Math.sqrt(var / n), n - 1);
  }

  /**
   * Welch statistic of mean(a) - mean(b), recomputed here because Commons Math's {@code TTest.df}
   * is protected: se = sqrt(va/na + vb/nb), df by Welch-Satterthwaite.
   */
  static TStat welch(double[] a, double[] b) {
    double va = StatUtils.variance(a) / a.length;
    double vb = StatUtils.variance(b) / b.length;
    double se2 = va + vb;
    double df = se2 * se2 / (va * va / (a.length - 1) + vb * vb / (b.length - 1));
    return new TStat(StatUtils.mean(a) - StatUtils.mean(b), Math.sqrt(se2), df);
  }

  /** Two-sided (1 - 2 alpha) interval: each bound is a one-sided alpha bound. */
  double[] interval(double alpha) {
    double q = OneSidedT.quantile(1 - alpha, df);
    return new double[] {estimate - q * se, estimate + q * se};
  }

  /** p of H0 "parameter <= mu" against "greater". */
  double pAbove(double mu) {
    return OneSidedT.pGreater((estimate - mu) / se, df);
  }

  /** p of H0 "parameter >= mu" against "less". */
  double pBelow(double mu) {
    return OneSidedT.pLess((estimate - mu) / se, df);
  }

  /** The same statistic with the sign of the estimate reversed. */
  TStat negate() {
    return new TStat(-estimate, se, df);
  }
}
