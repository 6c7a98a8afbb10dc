package org.bnclaims.stats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides a one-sample directional claim such as "the learned beta ends below 0" or "the slope is
 * negative": the directional rule of docs/statistics.md 3a applied to x - mu0, oriented so the
 * claimed side is positive.
 *
 * <p>The decision is made on the oriented values, but the reported estimate, intervals and effect
 * size are on the scale of the data (mean(x) - mu0), so "beta < 0" reads as a negative estimate.
 * p-values, wins and the sign-flip p refer to the claimed side.
 */
public final class OneSample {
  private OneSample() {}

  /**
   * Tests "mean(x) exceeds mu0 by at least margin" ({@code greater}) or "falls below mu0 by at
   * least margin" (otherwise).
   *
   * @param x one value per seed
   * @param mu0 the reference value
   * @param margin the claim's margin delta > 0, on the scale of x
   * @param alpha one-sided alpha in (0, 0.5)
   * @param greater the claimed side
   */
  public static Decision test(
      double[] x, double mu0, double margin, double alpha, boolean greater) {
    return test("x", x, mu0, margin, alpha, greater);
  }

  static Decision test(
      String what, double[] x, double mu0, double margin, double alpha, boolean greater) {
    Inputs.finite(what, x);
    Inputs.atLeastTwo(what, x);
    Inputs.margin(margin);
    Inputs.alpha(alpha);
    if (!Double.isFinite(mu0)) {
      throw new IllegalArgumentException("mu0 must be finite, got " + mu0);
    }
    double[] d = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      d[i] = greater ? x[i] - mu0 : mu0 - x[i];
    }
    Decision oriented =
        Rules.directional(TStat.oneSample(d), EffectSize.dz(d), d.length, margin, alpha);
    Map<String, Double> extra = new HashMap<>(oriented.extra());
    List<String> notes = new ArrayList<>();
    Rules.wins(extra, d, alpha);
    double p = SignFlip.p(d, Bootstrap.DEFAULT_SEED, Directional.SIGN_FLIP_DRAWS);
    Rules.nonparametric(extra, notes, Decision.PERMUTATION_P, p, oriented);
    double sign = greater ? 1 : -1;
    double[] ci90 = oriented.ci90();
    double[] ci95 = oriented.ci95();
    return new Decision(
        oriented.outcome(),
        sign * oriented.estimate(),
        greater ? ci90 : new double[] {-ci90[1], -ci90[0]},
        greater ? ci95 : new double[] {-ci95[1], -ci95[0]},
        oriented.pSupport(),
        oriented.pRefute(),
        sign * oriented.effectSize(),
        oriented.n(),
        margin,
        alpha,
        extra,
        notes);
  }
}
