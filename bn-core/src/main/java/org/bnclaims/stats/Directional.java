package org.bnclaims.stats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides a directional claim "A beats B by at least the margin" (docs/statistics.md 3a): the
 * difference A - B is oriented so the claimed direction is positive, and its (1 - 2 alpha) interval
 * [L, U] decides: REFUTED if U < delta (a relevant improvement is ruled out), SUPPORTED if L > 0
 * and U >= delta, otherwise INCONCLUSIVE.
 *
 * <p>This controls P(false SUPPORTED | Delta <= 0) and P(false REFUTED | Delta >= delta) at alpha
 * each. Paired-by-seed analysis is the default; use {@link #unpaired} only when the design cannot
 * pair. Beside the t decision the result carries A12 with a bootstrap interval and a rank test
 * (exact sign-flip when paired, exact Mann-Whitney when not), flagged when it disagrees.
 */
public final class Directional {
  /** Monte Carlo draws of the sign-flip test beyond exact enumeration (n > 20). */
  static final int SIGN_FLIP_DRAWS = 20_000;

  private Directional() {}

  /** The full paired decision on A - B per seed, with all robustness statistics. */
  public static Decision paired(double[] a, double[] b, double margin, double alpha) {
    Decision t = pairedT(a, b, margin, alpha);
    double[] d = Inputs.difference(a, b);
    Map<String, Double> extra = new HashMap<>();
    List<String> notes = new ArrayList<>();
    Rules.a12(extra, notes, a, b, true);
    Rules.wins(extra, d, alpha);
    double p = SignFlip.p(d, Bootstrap.DEFAULT_SEED, SIGN_FLIP_DRAWS);
    Rules.nonparametric(extra, notes, Decision.PERMUTATION_P, p, t);
    return Rules.with(t, extra, notes);
  }

  /**
   * The paired t decision alone (no bootstrap or permutation), for sequential looks and simulations
   * where the robustness statistics would cost more than they tell.
   */
  public static Decision pairedT(double[] a, double[] b, double margin, double alpha) {
    checkPaired(a, b, margin, alpha);
    double[] d = Inputs.difference(a, b);
    return Rules.directional(TStat.oneSample(d), EffectSize.dz(d), d.length, margin, alpha);
  }

  /**
   * The full unpaired decision on mean(A) - mean(B) with Welch's standard error and df; n is the
   * smaller arm.
   */
  public static Decision unpaired(double[] a, double[] b, double margin, double alpha) {
    Decision t = unpairedT(a, b, margin, alpha);
    Map<String, Double> extra = new HashMap<>();
    List<String> notes = new ArrayList<>();
    Rules.a12(extra, notes, a, b, false);
    Rules.nonparametric(extra, notes, Decision.MANN_WHITNEY_P, MannWhitneyExact.pGreater(a, b), t);
    return Rules.with(t, extra, notes);
  }

  /** The Welch t decision alone (no bootstrap or rank test). */
  public static Decision unpairedT(double[] a, double[] b, double margin, double alpha) {
    checkUnpaired(a, b, margin, alpha);
    return Rules.directional(
        TStat.welch(a, b), EffectSize.hedgesG(a, b), Math.min(a.length, b.length), margin, alpha);
  }

  static void checkPaired(double[] a, double[] b, double margin, double alpha) {
    Inputs.finite("A", a);
    Inputs.finite("B", b);
    Inputs.sameLength("A", a, "B", b);
    Inputs.atLeastTwo("A", a);
    Inputs.margin(margin);
    Inputs.alpha(alpha);
  }

  static void checkUnpaired(double[] a, double[] b, double margin, double alpha) {
    Inputs.finite("A", a);
    Inputs.finite("B", b);
    Inputs.atLeastTwo("A", a);
    Inputs.atLeastTwo("B", b);
    Inputs.margin(margin);
    Inputs.alpha(alpha);
  }
}
