package org.bnclaims.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.bnclaims.verdict.Outcome;

/**
 * Runs a claim's seeds in batches with group-sequential bounds (docs/statistics.md section 4):
 * looks after 5, 10, 15 and 20 seeds; at look k the procedure decides at the design's nominal
 * one-sided alpha_k, so the SUPPORTED side (pSupport) and the REFUTED side (pRefute, a non-binding
 * futility bound) each spend a total alpha of 0.05. The first look that decides stops; undecided at
 * the last look is INCONCLUSIVE.
 *
 * <p>Re-testing at a fixed 0.05 after every batch instead inflates the false SUPPORTED rate to
 * about 0.1 (shown in the tests); these bounds keep it at 0.05.
 */
public final class Sequential {
  /** Seeds available at each look. */
  public static final List<Integer> LOOKS = List.of(5, 10, 15, 20);

  /**
   * Nominal one-sided p bounds for four equally spaced looks with total one-sided alpha 0.05
   * (Jennison-Turnbull two-sided 0.10 constants; docs/statistics.md section 4 table).
   */
  public enum Design {
    /** Conservative early, close to 0.05 at the end; the default. */
    OBRIEN_FLEMING(0.0003, 0.007, 0.0224, 0.0411),
    /** 0.001 at interim looks, almost the full alpha at the end. */
    HAYBITTLE_PETO(0.001, 0.001, 0.001, 0.0495),
    /** Equal bounds; stops early most often but loses power at small effects. */
    POCOCK(0.0191, 0.0191, 0.0191, 0.0191);

    private final double[] bounds;

    Design(double... bounds) {
      this.bounds = bounds;
    }

    /** The nominal one-sided alpha at look {@code k} (0-based). */
    public double bound(int k) {
      return bounds[k];
    }
  }

  private Sequential() {}

  /**
   * Runs the looks until one decides.
   *
   * @param design the bounds
   * @param firstSeeds given n, returns {a, b}: the arms' values for the first n seeds (it may train
   *     the missing seeds); called once per look with n from {@link #LOOKS}
   * @param procedure e.g. {@code Directional::paired}, or {@code Directional::pairedT} when only
   *     the t decision matters
   * @param margin the claim's margin
   */
  public static SequentialResult run(
      Design design, IntFunction<double[][]> firstSeeds, Procedure procedure, double margin) {
    if (design == null || firstSeeds == null || procedure == null) {
      throw new IllegalArgumentException("design, firstSeeds and procedure must not be null");
    }
    Inputs.margin(margin);
    List<Decision> looks = new ArrayList<>();
    for (int k = 0; k < LOOKS.size(); k++) {
      int n = LOOKS.get(k);
      double[][] arms = firstSeeds.apply(n);
      if (arms == null || arms.length != 2 || arms[0] == null || arms[1] == null) {
        throw new IllegalArgumentException(
            "firstSeeds(" + n + ") must return {a, b}, two arrays of " + n + " values");
      }
      if (arms[0].length != n || arms[1].length != n) {
        throw new IllegalArgumentException(
            "firstSeeds("
                + n
                + ") returned arms of "
                + arms[0].length
                + " and "
                + arms[1].length
                + " values; expected "
                + n
                + " each");
      }
      Decision d = procedure.decide(arms[0], arms[1], margin, design.bound(k));
      looks.add(d);
      if (d.outcome() != Outcome.INCONCLUSIVE) {
        break;
      }
    }
    return new SequentialResult(design, looks);
  }
}
