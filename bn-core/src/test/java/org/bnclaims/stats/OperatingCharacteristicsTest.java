package org.bnclaims.stats;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.random.Well19937c;
import org.bnclaims.verdict.Outcome;
import org.junit.jupiter.api.Test;

/**
 * Fixed-seed simulations of each procedure under the boundary of its null hypothesis: the rate of
 * false SUPPORTED (or REFUTED) must stay within alpha + 3 standard errors of the simulation,
 * sqrt(alpha (1 - alpha) / reps) (docs/statistics.md 3 and 4). Data are normal seed effects shared
 * by the arms plus independent run noise with sd 1. The t-only variants ({@code pairedT}, ...) are
 * simulated because the full procedures take their outcome from them unchanged (checked in {@link
 * DirectionalTest}) and the bootstrap of A12 would dominate the run time.
 */
class OperatingCharacteristicsTest {
  static final double ALPHA = 0.05;

  static double limit(int reps) {
    return ALPHA + 3 * Math.sqrt(ALPHA * (1 - ALPHA) / reps);
  }

  static double[] normal(Well19937c rng, int n, double mean) {
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = mean + rng.nextGaussian();
    }
    return x;
  }

  static double[] plus(double[] base, double[] noise) {
    double[] x = new double[base.length];
    for (int i = 0; i < x.length; i++) {
      x[i] = base[i] + noise[i];
    }
    return x;
  }

  static void assertRate(String what, int hits, int reps) {
    double rate = (double) hits / reps;
    System.out.printf("%s: %.4f (limit %.4f, %d reps)%n", what, rate, limit(reps), reps);
    assertTrue(rate <= limit(reps), what + " rate " + rate + " > " + limit(reps));
  }

  @Test
  void directionalPairedFalseSupportAndFalseRefute() {
    Well19937c rng = new Well19937c(101);
    int reps = 2000;
    int falseSupport = 0;
    int falseRefute = 0;
    for (int r = 0; r < reps; r++) {
      double[] seedEffect = normal(rng, 10, 90);
      double[] b = plus(seedEffect, normal(rng, 10, 0));
      // Delta = 0: differences have sd sqrt(2), margin = their sd.
      double[] a0 = plus(seedEffect, normal(rng, 10, 0));
      if (Directional.pairedT(a0, b, Math.sqrt(2), ALPHA).outcome() == Outcome.SUPPORTED) {
        falseSupport++;
      }
      // Delta = margin: a relevant improvement exists.
      double[] a1 = plus(seedEffect, normal(rng, 10, Math.sqrt(2)));
      if (Directional.pairedT(a1, b, Math.sqrt(2), ALPHA).outcome() == Outcome.REFUTED) {
        falseRefute++;
      }
    }
    assertRate("directional paired, false SUPPORTED at Delta=0", falseSupport, reps);
    assertRate("directional paired, false REFUTED at Delta=delta", falseRefute, reps);
  }

  @Test
  void directionalUnpairedFalseSupport() {
    Well19937c rng = new Well19937c(202);
    int reps = 2000;
    int hits = 0;
    for (int r = 0; r < reps; r++) {
      // Unequal variances and sizes: the case Welch exists for.
      double[] a = normal(rng, 8, 0);
      double[] b = plus(normal(rng, 12, 0), normal(rng, 12, 0));
      if (Directional.unpairedT(a, b, 1, ALPHA).outcome() == Outcome.SUPPORTED) {
        hits++;
      }
    }
    assertRate("directional unpaired, false SUPPORTED at Delta=0", hits, reps);
  }

  @Test
  void noEffectAtTheMarginBoundary() {
    Well19937c rng = new Well19937c(303);
    int reps = 3000;
    int paired = 0;
    int unpaired = 0;
    for (int r = 0; r < reps; r++) {
      // True Delta = +margin (alternating with -margin): equivalence is false at the boundary.
      double delta = r % 2 == 0 ? 1 : -1;
      double[] b = normal(rng, 10, 0);
      double[] a = normal(rng, 10, delta);
      if (NoEffect.pairedT(a, b, 1, ALPHA).outcome() == Outcome.SUPPORTED) {
        paired++;
      }
      double[] c = normal(rng, 10, delta);
      if (NoEffect.unpairedT(c, b, 1, ALPHA).outcome() == Outcome.SUPPORTED) {
        unpaired++;
      }
    }
    assertRate("no-effect paired, false SUPPORTED at |Delta|=delta", paired, reps);
    assertRate("no-effect unpaired, false SUPPORTED at |Delta|=delta", unpaired, reps);
  }

  @Test
  void orderingWithEqualArms() {
    Well19937c rng = new Well19937c(404);
    int reps = 2000;
    int hits = 0;
    for (int r = 0; r < reps; r++) {
      double[] seedEffect = normal(rng, 10, 95);
      List<double[]> arms =
          List.of(
              plus(seedEffect, normal(rng, 10, 0)),
              plus(seedEffect, normal(rng, 10, 0)),
              plus(seedEffect, normal(rng, 10, 0)));
      if (Ordering.chain(List.of("A", "B", "C"), arms, 1, ALPHA, Directional::pairedT).outcome()
          == Outcome.SUPPORTED) {
        hits++;
      }
    }
    assertRate("ordering chain of 3, false SUPPORTED with equal arms", hits, reps);
  }

  @Test
  void orderingWhenOnlyOneStepIsNull() {
    // The IUT's worst case: A >> B, B = C. Then P(SUPPORTED) <= P(B - C supported) <= alpha.
    Well19937c rng = new Well19937c(405);
    int reps = 2000;
    int hits = 0;
    for (int r = 0; r < reps; r++) {
      double[] seedEffect = normal(rng, 10, 95);
      List<double[]> arms =
          List.of(
              plus(seedEffect, normal(rng, 10, 10)),
              plus(seedEffect, normal(rng, 10, 0)),
              plus(seedEffect, normal(rng, 10, 0)));
      if (Ordering.chain(List.of("A", "B", "C"), arms, 1, ALPHA, Directional::pairedT).outcome()
          == Outcome.SUPPORTED) {
        hits++;
      }
    }
    assertRate("ordering chain of 3, false SUPPORTED with one null step", hits, reps);
  }

  @Test
  void trendWithoutSlope() {
    Well19937c rng = new Well19937c(505);
    double[] x = {1, 3, 5, 7};
    int reps = 2000;
    int hits = 0;
    for (int r = 0; r < reps; r++) {
      double[][] v = new double[10][];
      for (int s = 0; s < 10; s++) {
        v[s] = normal(rng, 4, 2);
      }
      if (Trend.perSeedSlopes(x, v, 0.1, ALPHA, Trend.Direction.DECREASING).outcome()
          == Outcome.SUPPORTED) {
        hits++;
      }
    }
    assertRate("trend, false SUPPORTED at slope 0", hits, reps);
  }

  @Test
  void trendAtTheSlopeMargin() {
    // True slope -delta per unit x: a relevant decrease exists, so REFUTED is the error.
    Well19937c rng = new Well19937c(506);
    double[] x = {1, 3, 5, 7};
    int reps = 2000;
    int hits = 0;
    for (int r = 0; r < reps; r++) {
      double[][] v = new double[10][];
      for (int s = 0; s < 10; s++) {
        v[s] = normal(rng, 4, 2);
        for (int j = 0; j < 4; j++) {
          v[s][j] -= 0.1 * x[j];
        }
      }
      if (Trend.perSeedSlopes(x, v, 0.1, ALPHA, Trend.Direction.DECREASING).outcome()
          == Outcome.REFUTED) {
        hits++;
      }
    }
    assertRate("trend, false REFUTED at slope -delta", hits, reps);
  }

  @Test
  void oneSampleAtMu0() {
    Well19937c rng = new Well19937c(606);
    int reps = 4000;
    int hits = 0;
    for (int r = 0; r < reps; r++) {
      if (OneSample.test(normal(rng, 8, 0), 0, 0.5, ALPHA, false).outcome() == Outcome.SUPPORTED) {
        hits++;
      }
    }
    assertRate("one-sample, false SUPPORTED at mu = mu0", hits, reps);
  }

  /** Runs looks 5/10/15/20 at the given bounds on one simulated null experiment. */
  static Outcome sequentialNull(Well19937c rng, double[] bounds, double margin) {
    double[] a = normal(rng, 20, 0);
    double[] b = normal(rng, 20, 0);
    for (int k = 0; k < 4; k++) {
      int n = 5 * (k + 1);
      Outcome o =
          Directional.pairedT(Arrays.copyOf(a, n), Arrays.copyOf(b, n), margin, bounds[k])
              .outcome();
      if (o != Outcome.INCONCLUSIVE) {
        return o;
      }
    }
    return Outcome.INCONCLUSIVE;
  }

  @Test
  void sequentialBoundsHoldAlphaWhileNaiveRetestingInflatesIt() {
    int reps = 3000;
    // A margin of 0.05 sd: futility rarely stops early, the worst case for repeated looks.
    double margin = 0.05;
    Well19937c rng = new Well19937c(707);
    int naive = 0;
    for (int r = 0; r < reps; r++) {
      if (sequentialNull(rng, new double[] {ALPHA, ALPHA, ALPHA, ALPHA}, margin)
          == Outcome.SUPPORTED) {
        naive++;
      }
    }
    double naiveRate = (double) naive / reps;
    System.out.printf("naive re-testing at 0.05 over looks 5/10/15/20: %.4f%n", naiveRate);
    assertTrue(naiveRate > limit(reps), "naive re-testing should inflate: " + naiveRate);
    for (Sequential.Design design : Sequential.Design.values()) {
      Well19937c same = new Well19937c(707);
      int hits = 0;
      for (int r = 0; r < reps; r++) {
        double[] a = normal(same, 20, 0);
        double[] b = normal(same, 20, 0);
        SequentialResult result =
            Sequential.run(
                design,
                n -> new double[][] {Arrays.copyOf(a, n), Arrays.copyOf(b, n)},
                Directional::pairedT,
                margin);
        if (result.outcome() == Outcome.SUPPORTED) {
          hits++;
        }
      }
      assertRate("sequential " + design + ", false SUPPORTED at Delta=0", hits, reps);
    }
  }

  @Test
  void sequentialFutilityBoundHoldsAlphaAtTheMargin() {
    // True Delta = delta (= 1 sd of the differences): stopping with REFUTED is the error.
    int reps = 2000;
    Well19937c rng = new Well19937c(808);
    int hits = 0;
    for (int r = 0; r < reps; r++) {
      double[] a = normal(rng, 20, 1);
      double[] b = new double[20];
      SequentialResult result =
          Sequential.run(
              Sequential.Design.OBRIEN_FLEMING,
              n -> new double[][] {Arrays.copyOf(a, n), Arrays.copyOf(b, n)},
              Directional::pairedT,
              1);
      if (result.outcome() == Outcome.REFUTED) {
        hits++;
      }
    }
    assertRate("sequential OBRIEN_FLEMING, false REFUTED at Delta=delta", hits, reps);
  }
}
