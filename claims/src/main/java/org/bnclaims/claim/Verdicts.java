package org.bnclaims.claim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bnclaims.stats.Decision;
import org.bnclaims.stats.Directional;
import org.bnclaims.stats.NoEffect;
import org.bnclaims.stats.OneSample;
import org.bnclaims.stats.Ordering;
import org.bnclaims.stats.OrderingResult;
import org.bnclaims.stats.Trend;
import org.bnclaims.stats.TrendResult;
import org.bnclaims.verdict.Chart;
import org.bnclaims.verdict.RegimeCheck;

/**
 * The statistical assertions of a claim, resolved as a test parameter of a {@link Claim} class.
 * Each takes the margin and alpha the claim declared (a second kind of test, such as a slope,
 * passes its own margin explicitly), records the test for the verdict and returns its decision.
 * Nothing is asserted on the spot: after the test method, its tests together decide the JUnit
 * outcome, and after the class, all tests of the claim decide its verdict (see {@link Claim}).
 *
 * <p>Values are {@link Sample}s, one value per seed in seed order; paired tests pair them by seed.
 * In a row of a {@code @ParameterizedTest}, every test and regime check is recorded with the row's
 * display name, which the verdict file and the report show beside it; the rows' tests join the
 * claim's verdict exactly as the tests of separate methods do.
 *
 * <p>{@link #regime} states what the reference arm must reach for the finding to apply at all; one
 * failed check makes the test's outcome and the claim's verdict INCONCLUSIVE whatever the
 * statistical tests say (DESIGN.md section 10).
 */
public final class Verdicts {

  private final ClaimState state;
  private final String row;
  private final List<Component> own = new ArrayList<>();
  private final List<RegimeCheck> ownChecks = new ArrayList<>();

  /**
   * Records for one test method or parameterized row (one instance each, so each knows its own
   * tests for the JUnit outcome).
   *
   * @param row display name of the parameterized row this instance records for, or null
   */
  Verdicts(ClaimState state, String row) {
    this.state = state;
    this.row = row;
  }

  /**
   * Checks that the reference arm reached the regime the finding is about: the mean over seeds of
   * {@code reference} must satisfy {@code regime}. The mean, not every seed: the check asks whether
   * the setting reaches the regime, which the mean estimates; requiring every seed would fail more
   * often the more seeds a claim runs. A non-finite value in any seed (a diverged loss) fails.
   * Declare it independently of the tests, on the arm the finding presupposes (e.g. the standard BN
   * arm's final training accuracy), with a threshold fixed before anything ran.
   *
   * @param name what is measured, e.g. {@code "BN_GAMMA_BETA final training accuracy (%)"}
   * @return whether the check passed
   * @throws IllegalStateException when the claim names no profile that would decide it ({@link
   *     Claim#decidedBy})
   */
  public boolean regime(String name, Sample reference, Regime regime) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("every regime check needs a name");
    }
    if (reference == null || reference.size() == 0 || regime == null) {
      throw new IllegalArgumentException("regime check '" + name + "' needs a sample and a regime");
    }
    if (state.claim.decidedBy().isBlank()) {
      throw new IllegalStateException(
          "claim "
              + state.claim.id()
              + " checks its regime ('"
              + name
              + "') but names no profile that would decide it when the regime is not reached:"
              + " set @Claim(decidedBy = ...)");
    }
    double mean = Regimes.meanOverSeeds(reference);
    boolean passed = regime.admits(mean);
    RegimeCheck c =
        new RegimeCheck(name, regime.comparison(), regime.threshold(), mean, passed, row);
    ownChecks.add(c);
    state.add(c);
    return passed;
  }

  /** "A beats B by at least the claim's margin", paired by seed, on A - B. */
  public Decision directional(String name, Sample a, Sample b) {
    return directional(name, a, b, state.claim.margin());
  }

  /** {@link #directional(String, Sample, Sample)} with an explicit margin. */
  public Decision directional(String name, Sample a, Sample b, double margin) {
    Decision d = Directional.paired(a.values(), b.values(), margin, alpha());
    return record(name, "directional", d, arms(a, b), true);
  }

  /** "A beats B by at least the margin" for arms that cannot pair (Welch's t). */
  public Decision directionalUnpaired(String name, Sample a, Sample b) {
    Decision d = Directional.unpaired(a.values(), b.values(), state.claim.margin(), alpha());
    return record(name, "directional", d, arms(a, b), true);
  }

  /** "A and B differ by less than the claim's margin" (TOST), paired by seed. */
  public Decision noEffect(String name, Sample a, Sample b) {
    return noEffect(name, a, b, state.claim.margin());
  }

  /** {@link #noEffect(String, Sample, Sample)} with an explicit margin. */
  public Decision noEffect(String name, Sample a, Sample b, double margin) {
    Decision d = NoEffect.paired(a.values(), b.values(), margin, alpha());
    return record(name, "no-effect", d, arms(a, b), true);
  }

  /**
   * "The arms are ordered best first, each beating the next by the margin", paired by seed. Each
   * adjacent pair must be SUPPORTED; every pair, adjacent or not, can refute (under Holm).
   */
  public OrderingResult ordering(Sample... bestFirst) {
    List<String> names = Arrays.stream(bestFirst).map(Sample::label).toList();
    List<double[]> values = Arrays.stream(bestFirst).map(Sample::values).toList();
    if (names.stream().distinct().count() != names.size()) {
      throw new IllegalArgumentException("ordering: sample labels must differ, got " + names);
    }
    OrderingResult r = Ordering.chain(names, values, state.claim.margin(), alpha());
    // Ordering.chain lists its components gap by gap: adjacent pairs first, then wider ones.
    int c = 0;
    for (int gap = 1; gap < bestFirst.length; gap++) {
      for (int i = 0; i + gap < bestFirst.length; i++) {
        OrderingResult.Component comp = r.components().get(c++);
        record(
            comp.name(),
            "ordering",
            comp.decision(),
            arms(bestFirst[i], bestFirst[i + gap]),
            comp.support());
      }
    }
    return r;
  }

  /**
   * "The values change with x in {@code direction} by at least {@code slopeMargin} per unit of x":
   * one least-squares slope per seed, then a one-sample t on the slopes (docs/statistics.md,
   * section 3d).
   *
   * @param x the levels' coordinates, e.g. log2 of the batch sizes
   * @param perLevel one sample per level (e.g. the BN gain at each batch size), paired by seed
   */
  public TrendResult trend(
      String name, double[] x, List<Sample> perLevel, double slopeMargin, Trend.Direction dir) {
    if (perLevel.size() != x.length) {
      throw new IllegalArgumentException(
          "trend '" + name + "': " + perLevel.size() + " samples for " + x.length + " levels");
    }
    int n = perLevel.get(0).size();
    double[][] values = new double[n][x.length];
    for (int j = 0; j < x.length; j++) {
      double[] v = perLevel.get(j).values();
      if (v.length != n) {
        throw new IllegalArgumentException(
            "trend '" + name + "': level " + j + " has " + v.length + " seeds, level 0 has " + n);
      }
      for (int s = 0; s < n; s++) {
        values[s][j] = v[s];
      }
    }
    TrendResult r = Trend.perSeedSlopes(x, values, slopeMargin, alpha(), dir);
    Map<String, List<Double>> arms = new LinkedHashMap<>();
    perLevel.forEach(s -> arms.put(s.label(), s.asList()));
    arms.put("slope", Arrays.stream(r.slopes()).boxed().toList());
    record(name, "trend", r.slope(), arms, true);
    return r;
  }

  /**
   * {@link #trend(String, double[], List, double, Trend.Direction)} on {@code values[seed][level]};
   * the per-seed table labels the levels {@code x=<x>}.
   */
  public TrendResult trend(
      String name, double[] x, double[][] values, double slopeMargin, Trend.Direction dir) {
    List<Sample> perLevel = new ArrayList<>();
    for (int j = 0; j < x.length; j++) {
      double[] column = new double[values.length];
      for (int s = 0; s < values.length; s++) {
        if (values[s].length != x.length) {
          throw new IllegalArgumentException(
              "trend '"
                  + name
                  + "': seed row "
                  + s
                  + " has "
                  + values[s].length
                  + " levels, x has "
                  + x.length);
        }
        column[s] = values[s][j];
      }
      perLevel.add(Sample.of("x=" + Fmt.num(x[j]), column));
    }
    return trend(name, x, perLevel, slopeMargin, dir);
  }

  /** "The mean of x lies above (greater) or below mu0 by at least the claim's margin". */
  public Decision oneSample(String name, Sample x, double mu0, boolean greater) {
    return oneSample(name, x, mu0, greater, state.claim.margin());
  }

  /** {@link #oneSample(String, Sample, double, boolean)} with an explicit margin. */
  public Decision oneSample(String name, Sample x, double mu0, boolean greater, double margin) {
    Decision d = OneSample.test(x.values(), mu0, margin, alpha(), greater);
    return record(name, "one-sample", d, arms(x), true);
  }

  /** Adds a figure to the claim's report section (see {@link Charts}). */
  public void chart(Chart chart) {
    if (chart == null) {
      throw new IllegalArgumentException("chart must not be null");
    }
    state.chart(chart);
  }

  /** Adds a remark to the verdict's reason, e.g. which reading of a source the run followed. */
  public void note(String note) {
    if (note == null || note.isBlank()) {
      throw new IllegalArgumentException("a note must say something");
    }
    state.note(note);
  }

  /** The claim's one-sided alpha. */
  public double alpha() {
    return state.claim.alpha();
  }

  /** The claim's margin. */
  public double margin() {
    return state.claim.margin();
  }

  /** The tests this method recorded, in order. */
  List<Component> recorded() {
    return List.copyOf(own);
  }

  /** The regime checks this method recorded, in order. */
  List<RegimeCheck> recordedChecks() {
    return List.copyOf(ownChecks);
  }

  private Decision record(
      String name, String kind, Decision d, Map<String, List<Double>> arms, boolean support) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("every test needs a name");
    }
    Component c = new Component(d.toReport(name, kind, arms).withRow(row), d, support);
    own.add(c);
    state.add(c);
    return d;
  }

  private static Map<String, List<Double>> arms(Sample... samples) {
    Map<String, List<Double>> m = new LinkedHashMap<>();
    for (Sample s : samples) {
      String key = s.label();
      for (int i = 2; m.containsKey(key); i++) {
        key = s.label() + " (" + i + ")";
      }
      m.put(key, s.asList());
    }
    return m;
  }
}
