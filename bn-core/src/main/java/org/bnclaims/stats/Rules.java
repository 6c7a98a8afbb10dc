package org.bnclaims.stats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bnclaims.verdict.Outcome;

/** The verdict rules of docs/statistics.md 3a and 3b on a decision interval, written once. */
final class Rules {
  private Rules() {}

  /**
   * Directional (3a), first matching rule wins: REFUTED if U < delta; SUPPORTED if L > 0 and U >=
   * delta; otherwise INCONCLUSIVE (the interval covers both 0 and delta).
   */
  static Outcome directional(double[] ci, double margin) {
    if (ci[1] < margin) {
      return Outcome.REFUTED;
    }
    if (ci[0] > 0) {
      return Outcome.SUPPORTED;
    }
    return Outcome.INCONCLUSIVE;
  }

  /**
   * No effect (3b, TOST): SUPPORTED if -delta < L and U < delta; REFUTED if L > delta or U <
   * -delta; otherwise INCONCLUSIVE.
   */
  static Outcome noEffect(double[] ci, double margin) {
    if (-margin < ci[0] && ci[1] < margin) {
      return Outcome.SUPPORTED;
    }
    if (ci[0] > margin || ci[1] < -margin) {
      return Outcome.REFUTED;
    }
    return Outcome.INCONCLUSIVE;
  }

  /** The note on a decision whose data have no spread. */
  static final String DEGENERATE =
      "no spread: every value (or paired difference) is the same, so the interval is the point"
          + " estimate itself";

  /** The t-only directional decision on an oriented statistic (claimed direction positive). */
  static Decision directional(TStat t, double effect, int n, double margin, double alpha) {
    double[] ci90 = t.interval(alpha);
    Map<String, Double> extra = new HashMap<>();
    extra.put(Decision.SE, t.se());
    extra.put(Decision.DF, t.df());
    return new Decision(
        directional(ci90, margin),
        t.estimate(),
        ci90,
        t.interval(0.025),
        t.pAbove(0),
        t.pBelow(margin),
        effect,
        n,
        margin,
        alpha,
        extra,
        t.degenerate() ? List.of(DEGENERATE) : List.of());
  }

  /** The decision with the extra statistics and notes added. */
  static Decision with(Decision d, Map<String, Double> moreExtra, List<String> moreNotes) {
    Map<String, Double> extra = new HashMap<>(d.extra());
    extra.putAll(moreExtra);
    List<String> notes = new ArrayList<>(d.notes());
    notes.addAll(moreNotes);
    return new Decision(
        d.outcome(),
        d.estimate(),
        d.ci90(),
        d.ci95(),
        d.pSupport(),
        d.pRefute(),
        d.effectSize(),
        d.n(),
        d.margin(),
        d.alpha(),
        extra,
        notes);
  }

  /** Records the nonparametric p and flags a disagreement with the t test's "L > 0" at alpha. */
  static void nonparametric(
      Map<String, Double> extra, List<String> notes, String key, double p, Decision t) {
    extra.put(key, p);
    boolean rankSays = p < t.alpha();
    boolean tSays = t.pSupport() < t.alpha();
    extra.put(Decision.DISAGREEMENT, rankSays == tSays ? 0.0 : 1.0);
    if (rankSays != tSays) {
      notes.add(
          String.format(
              "nonparametric test disagrees with the t test at alpha %.4g: %s p = %.4g, t p = %.4g",
              t.alpha(), key, p, t.pSupport()));
    }
  }

  /** Adds A12 with its seeded 95% percentile-bootstrap interval and the gamma = .75 flag. */
  static void a12(
      Map<String, Double> extra, List<String> notes, double[] a, double[] b, boolean paired) {
    double a12 = ProbabilityOfSuperiority.a12Unchecked(a, b);
    double[] ci =
        Bootstrap.percentileCi(
            a,
            b,
            paired,
            ProbabilityOfSuperiority::a12Unchecked,
            Bootstrap.DEFAULT_REPS,
            0.95,
            Bootstrap.DEFAULT_SEED);
    extra.put(Decision.A12, a12);
    extra.put(Decision.A12_LO, ci[0]);
    extra.put(Decision.A12_HI, ci[1]);
    if (a12 >= ProbabilityOfSuperiority.MEANINGFUL) {
      notes.add(String.format("A12 = %.3f >= 0.75: a meaningful difference", a12));
    }
  }

  /** Adds wins k/n of the oriented differences with Clopper-Pearson bounds and the sign-test p. */
  static void wins(Map<String, Double> extra, double[] d, double alpha) {
    int k = Wins.count(d);
    double[] ci = Wins.clopperPearson(d.length, k, 1 - 2 * alpha);
    extra.put(Decision.WINS, (double) k);
    extra.put(Decision.WINS_OF, (double) d.length);
    extra.put(Decision.WINS_LO, ci[0]);
    extra.put(Decision.WINS_HI, ci[1]);
    extra.put(Decision.WINS_P, Wins.pGreater(d.length, k));
  }
}
