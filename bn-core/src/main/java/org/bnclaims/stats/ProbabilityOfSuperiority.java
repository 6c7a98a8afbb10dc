package org.bnclaims.stats;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The probability of superiority A12 = P(A > B) + P(A = B) / 2 over all pairs of runs (the
 * Mann-Whitney AUC; rliable's {@code probability_of_improvement}), reported with the "meaningful"
 * threshold gamma = 0.75 of Bouthillier et al. 2021 (docs/statistics.md section 1).
 */
public final class ProbabilityOfSuperiority {
  /** A12 at or above this is called a meaningful difference. */
  public static final double MEANINGFUL = 0.75;

  private ProbabilityOfSuperiority() {}

  /** A12 = [#(a_i > b_j) + #(a_i = b_j) / 2] / (n1 n2). */
  public static double a12(double[] a, double[] b) {
    Inputs.finite("a", a);
    Inputs.finite("b", b);
    if (a.length == 0 || b.length == 0) {
      throw new IllegalArgumentException("A12 needs non-empty arms");
    }
    return a12Unchecked(a, b);
  }

  static double a12Unchecked(double[] a, double[] b) {
    double wins = 0;
    for (double x : a) {
      for (double y : b) {
        if (x > y) {
          wins += 1;
        } else if (x == y) {
          wins += 0.5;
        }
      }
    }
    return wins / ((double) a.length * b.length);
  }

  /**
   * Noether's runs per arm for a Mann-Whitney test to detect A12 = p: n = (z_{1-alpha} +
   * z_{power})^2 / (6 (p - 0.5)^2); e.g. p = .75, alpha = .05, power = .95 gives 28.86.
   */
  public static double noetherN(double p, double alpha, double power) {
    if (!(p > 0.5 && p < 1)) {
      throw new IllegalArgumentException("p must lie in (0.5, 1), got " + p);
    }
    Inputs.alpha(alpha);
    if (!(power > 0.5 && power < 1)) {
      throw new IllegalArgumentException("power must lie in (0.5, 1), got " + power);
    }
    NormalDistribution z = new NormalDistribution(null, 0, 1);
    double sum = z.inverseCumulativeProbability(1 - alpha) + z.inverseCumulativeProbability(power);
    return sum * sum / (6 * (p - 0.5) * (p - 0.5));
  }
}
