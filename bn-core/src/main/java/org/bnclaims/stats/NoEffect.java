package org.bnclaims.stats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bnclaims.verdict.Outcome;

/**
 * Decides a no-effect claim ("removing gamma/beta makes no difference") by TOST within +-margin
 * (docs/statistics.md 3b): SUPPORTED if the (1 - 2 alpha) interval lies inside (-delta, delta),
 * REFUTED if it lies wholly beyond +delta or -delta (minimal-effect test), otherwise INCONCLUSIVE.
 *
 * <p>A SUPPORTED interval that excludes 0 is flagged "detectable but negligible": the arms differ,
 * but by less than the margin. The error at the boundaries |Delta| = delta is alpha.
 */
public final class NoEffect {
  private NoEffect() {}

  /** TOST on the paired differences A - B per seed, with A12 and its bootstrap interval. */
  public static Decision paired(double[] a, double[] b, double margin, double alpha) {
    return withA12(pairedT(a, b, margin, alpha), a, b, true);
  }

  /** The paired TOST decision alone, without the bootstrap (for sequential looks, simulations). */
  public static Decision pairedT(double[] a, double[] b, double margin, double alpha) {
    Directional.checkPaired(a, b, margin, alpha);
    double[] d = Inputs.difference(a, b);
    return decide(TStat.oneSample(d), EffectSize.dz(d), d.length, margin, alpha);
  }

  /** TOST on mean(A) - mean(B) with Welch's standard error and df, with A12. */
  public static Decision unpaired(double[] a, double[] b, double margin, double alpha) {
    return withA12(unpairedT(a, b, margin, alpha), a, b, false);
  }

  /** The Welch TOST decision alone, without the bootstrap. */
  public static Decision unpairedT(double[] a, double[] b, double margin, double alpha) {
    Directional.checkUnpaired(a, b, margin, alpha);
    return decide(
        TStat.welch(a, b), EffectSize.hedgesG(a, b), Math.min(a.length, b.length), margin, alpha);
  }

  private static Decision withA12(Decision t, double[] a, double[] b, boolean paired) {
    Map<String, Double> extra = new HashMap<>();
    List<String> notes = new ArrayList<>();
    Rules.a12(extra, notes, a, b, paired);
    return Rules.with(t, extra, notes);
  }

  private static Decision decide(TStat t, double effect, int n, double margin, double alpha) {
    double[] ci90 = t.interval(alpha);
    Outcome outcome = Rules.noEffect(ci90, margin);
    Map<String, Double> extra = new HashMap<>();
    List<String> notes = new ArrayList<>();
    extra.put(Decision.SE, t.se());
    extra.put(Decision.DF, t.df());
    boolean excludesZero = ci90[0] > 0 || ci90[1] < 0;
    boolean negligible = outcome == Outcome.SUPPORTED && excludesZero;
    extra.put(Decision.NEGLIGIBLE, negligible ? 1.0 : 0.0);
    if (negligible) {
      notes.add("detectable but negligible: the interval excludes 0 but lies inside +-margin");
    }
    if (t.degenerate()) {
      notes.add(Rules.DEGENERATE);
    }
    return new Decision(
        outcome,
        t.estimate(),
        ci90,
        t.interval(0.025),
        t.degenerate()
            ? Math.max(t.pAbove(-margin), t.pBelow(margin))
            : Tost.p(t.estimate(), t.se(), t.df(), margin),
        t.degenerate()
            ? Math.min(t.pAbove(margin), t.pBelow(-margin))
            : Tost.minimalEffectP(t.estimate(), t.se(), t.df(), margin),
        effect,
        n,
        margin,
        alpha,
        extra,
        notes);
  }
}
