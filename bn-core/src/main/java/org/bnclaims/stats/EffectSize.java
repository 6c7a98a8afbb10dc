package org.bnclaims.stats;

import org.apache.commons.math3.stat.StatUtils;

/**
 * Standardized effect sizes for the report: d_z for paired differences and Hedges' g for two
 * independent arms (docs/statistics.md 3, "Report per claim").
 */
public final class EffectSize {
  private EffectSize() {}

  /**
   * d_z = mean(d) / sd(d) of paired differences (sd with n - 1); NaN when every difference is
   * equal, because a standardized effect is undefined without spread.
   */
  public static double dz(double[] d) {
    Inputs.finite("d", d);
    Inputs.atLeastTwo("d", d);
    double mean = StatUtils.mean(d);
    double sd = Math.sqrt(StatUtils.variance(d, mean));
    return sd == 0 ? Double.NaN : mean / sd;
  }

  /**
   * Hedges' g = (mean(a) - mean(b)) / s_p * (1 - 3 / (4 (n1 + n2) - 9)), with the pooled sd s_p =
   * sqrt(((n1 - 1) s1^2 + (n2 - 1) s2^2) / (n1 + n2 - 2)).
   */
  public static double hedgesG(double[] a, double[] b) {
    Inputs.finite("a", a);
    Inputs.finite("b", b);
    Inputs.atLeastTwo("a", a);
    Inputs.atLeastTwo("b", b);
    int n1 = a.length;
    int n2 = b.length;
    double pooled =
        ((n1 - 1) * StatUtils.variance(a) + (n2 - 1) * StatUtils.variance(b)) / (n1 + n2 - 2);
    if (pooled == 0) {
      return Double.NaN; // no spread in either arm: a standardized effect is undefined
    }
    double d = (StatUtils.mean(a) - StatUtils.mean(b)) / Math.sqrt(pooled);
    return d * (1 - 3.0 / (4 * (n1 + n2) - 9));
  }
}
