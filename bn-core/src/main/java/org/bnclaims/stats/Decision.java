package org.bnclaims.stats;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bnclaims.verdict.Outcome;
import org.bnclaims.verdict.TestReport;

/**
 * The outcome of one decision procedure with every number behind it, so a claim can state its
 * verdict and the report can show why.
 *
 * @param outcome SUPPORTED, REFUTED or INCONCLUSIVE by the procedure's rule
 * @param estimate point estimate: mean paired difference A - B, Welch difference of means, mean
 *     slope or mean minus mu0 (on the scale of the data, see each procedure)
 * @param ci90 the decision interval: each bound is a one-sided alpha bound, so (1 - 2 alpha)
 *     two-sided (90% at alpha 0.05)
 * @param ci95 the 95% two-sided interval, for reference
 * @param pSupport p-value whose smallness supports the claim (directional: H0 "no effect in the
 *     claimed direction"; no-effect: the TOST p)
 * @param pRefute p-value whose smallness refutes the claim (directional: H0 "effect at least the
 *     margin"; no-effect: the minimal-effect-test p)
 * @param effectSize d_z (paired, one-sample, slopes) or Hedges g (unpaired)
 * @param n replicates (seeds; for unpaired arms the smaller arm)
 * @param margin the claim's margin delta
 * @param alpha the one-sided alpha the decision used
 * @param extra further statistics by the keys below; absent when not applicable
 * @param notes flags in words ("detectable but negligible", disagreement of the rank test)
 */
public record Decision(
    Outcome outcome,
    double estimate,
    double[] ci90,
    double[] ci95,
    double pSupport,
    double pRefute,
    double effectSize,
    int n,
    double margin,
    double alpha,
    Map<String, Double> extra,
    List<String> notes) {

  /** P(A > B) + P(A = B) / 2 over all pairs of runs. */
  public static final String A12 = "a12";

  /** Lower bound of the 95% percentile-bootstrap interval of A12. */
  public static final String A12_LO = "a12Lo";

  /** Upper bound of the 95% percentile-bootstrap interval of A12. */
  public static final String A12_HI = "a12Hi";

  /** Seeds on which the claimed direction won. */
  public static final String WINS = "wins";

  /** Seeds compared for {@link #WINS}. */
  public static final String WINS_OF = "winsOf";

  /** Lower Clopper-Pearson bound (level 1 - 2 alpha) of the win rate. */
  public static final String WINS_LO = "winsLo";

  /** Upper Clopper-Pearson bound (level 1 - 2 alpha) of the win rate. */
  public static final String WINS_HI = "winsHi";

  /** Exact sign-test p (BinomialTest GREATER_THAN) of the wins. */
  public static final String WINS_P = "winsP";

  /** One-sided sign-flip permutation p (paired and one-sample data). */
  public static final String PERMUTATION_P = "permutationP";

  /** One-sided exact Mann-Whitney p (unpaired data). */
  public static final String MANN_WHITNEY_P = "mannWhitneyP";

  /** 1 when the nonparametric test and the t test disagree at alpha, else 0. */
  public static final String DISAGREEMENT = "disagreement";

  /** 1 when a no-effect claim is SUPPORTED although its interval excludes 0. */
  public static final String NEGLIGIBLE = "negligible";

  /** Standard error of the estimate. */
  public static final String SE = "se";

  /** Degrees of freedom of the t reference distribution. */
  public static final String DF = "df";

  /** Copies the arrays and collections so the decision cannot change after it was made. */
  public Decision {
    ci90 = ci90.clone();
    ci95 = ci95.clone();
    extra = Map.copyOf(extra);
    notes = List.copyOf(notes);
  }

  @Override
  public double[] ci90() {
    return ci90.clone();
  }

  @Override
  public double[] ci95() {
    return ci95.clone();
  }

  /** The extra statistic under {@code key}, or NaN when it does not apply. */
  public double extra(String key) {
    return extra.getOrDefault(key, Double.NaN);
  }

  /** Whether the nonparametric test disagrees with the t decision at alpha. */
  public boolean disagreement() {
    return extra(DISAGREEMENT) == 1.0;
  }

  /**
   * The verdict-file form of this decision; extras are copied in a stable order.
   *
   * @param name readable name, e.g. {@code "BN - none @ batch 8"}
   * @param kind {@code directional}, {@code no-effect}, {@code ordering}, {@code trend}, {@code
   *     one-sample}
   * @param arms per-arm raw values by arm name, in seed order
   */
  public TestReport toReport(String name, String kind, Map<String, List<Double>> arms) {
    Map<String, Double> sorted = new LinkedHashMap<>();
    extra.entrySet().stream()
        .filter(e -> Double.isFinite(e.getValue()))
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    Map<String, List<Double>> armsCopy = new LinkedHashMap<>();
    arms.forEach((k, v) -> armsCopy.put(k, List.copyOf(v)));
    return new TestReport(
        name,
        kind,
        outcome,
        estimate,
        ci90.clone(),
        ci95.clone(),
        pSupport,
        pRefute,
        effectSize,
        n,
        margin,
        alpha,
        Collections.unmodifiableMap(sorted),
        Collections.unmodifiableMap(armsCopy));
  }
}
