package org.bnclaims.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.apache.commons.math3.stat.inference.TestUtils;
import org.bnclaims.verdict.Outcome;
import org.bnclaims.verdict.TestReport;
import org.junit.jupiter.api.Test;

class DirectionalTest {
  static final double[] A = {1, 2, 3, 4, 5, 6};
  static final double[] B = {0.5, 1.2, 2.9, 3.1, 4.4, 5.1};

  @Test
  void pairedTByHand() {
    // d = A - B = {0.5, 0.8, 0.1, 0.9, 0.6, 0.9}: mean 0.633333, sd 0.307680, se = sd/sqrt(6) =
    // 0.125610, t = 5.04207 (CM pairedT: 5.042076). t_.95,5 = 2.015048 (table), so the 90%
    // interval is 0.633333 +- 0.253110 = [0.380223, 0.886443]; t_.975,5 = 2.570582 gives
    // 0.633333 +- 0.322889 for the 95% interval.
    Decision d = Directional.paired(A, B, 0.5, 0.05);
    assertEquals(0.633333, d.estimate(), 1e-6);
    assertArrayEquals(new double[] {0.380223, 0.886443}, d.ci90(), 1e-5);
    assertArrayEquals(new double[] {0.310444, 0.956222}, d.ci95(), 1e-5);
    // pSupport cross-checked against CM's two-sided pairedTTest / 2 (t has the claimed sign).
    assertEquals(TestUtils.pairedTTest(A, B) / 2, d.pSupport(), 1e-12);
    // pRefute = P(T5 <= (0.633333 - 0.5) / 0.125610 = 1.06148).
    assertEquals(OneSidedT.pLess(1.06148, 5), d.pRefute(), 1e-5);
    assertEquals(2.058419, d.effectSize(), 1e-6);
    assertEquals(6, d.n());
    assertEquals(Outcome.SUPPORTED, d.outcome());
    // All six differences positive: wins 6/6, sign-flip p = 1/64, sign test 1/64.
    assertEquals(6, d.extra(Decision.WINS), 0);
    assertEquals(1.0 / 64, d.extra(Decision.PERMUTATION_P), 1e-15);
    assertEquals(1.0 / 64, d.extra(Decision.WINS_P), 1e-15);
    assertFalse(d.disagreement());
  }

  @Test
  void theThreeOutcomes() {
    // Same data: U = 0.886 < margin 1.0 -> REFUTED (relevant improvement ruled out).
    assertEquals(Outcome.REFUTED, Directional.paired(A, B, 1.0, 0.05).outcome());
    // Noisy differences {1, -0.5, 2, 0.3, -0.2}: mean .52, interval covers 0 and .5.
    double[] a = {1, -0.5, 2, 0.3, -0.2};
    double[] zero = new double[5];
    Decision d = Directional.paired(a, zero, 0.5, 0.05);
    assertTrue(d.ci90()[0] < 0 && d.ci90()[1] > 0.5, () -> java.util.Arrays.toString(d.ci90()));
    assertEquals(Outcome.INCONCLUSIVE, d.outcome());
    // A reversal is refuted too.
    assertEquals(Outcome.REFUTED, Directional.paired(B, A, 0.5, 0.05).outcome());
  }

  @Test
  void unpairedUsesWelch() {
    double[] a = {1, 2, 3, 4, 5};
    double[] b = {2, 4, 6, 8, 10, 12};
    // Hand: va/na = 2.5/5 = 0.5, vb/nb = 14/6 = 2.333333; se = sqrt(2.833333) = 1.683251;
    // df = 2.833333^2 / (0.5^2/4 + 2.333333^2/5) = 8.027778 / 1.151389 = 6.972256.
    Decision d = Directional.unpaired(a, b, 1, 0.05);
    assertEquals(-4, d.estimate(), 1e-12);
    assertEquals(1.683251, d.extra(Decision.SE), 1e-6);
    assertEquals(6.972256, d.extra(Decision.DF), 1e-6);
    // CM's tTest is Welch, two-sided; t < 0 so the one-sided p is 1 - p/2.
    assertEquals(1 - TestUtils.tTest(a, b) / 2, d.pSupport(), 1e-9);
    assertEquals(Outcome.REFUTED, d.outcome());
    assertEquals(5, d.n());
    assertEquals(Outcome.SUPPORTED, Directional.unpaired(b, a, 1, 0.05).outcome());
  }

  @Test
  void unpairedRankTestIsTheExactMannWhitney() {
    double[] a = {6, 7, 8, 9, 10};
    double[] b = {1, 2, 3, 4, 5.5};
    Decision d = Directional.unpaired(a, b, 1, 0.05);
    assertEquals(1.0 / 252, d.extra(Decision.MANN_WHITNEY_P), 1e-15);
    assertEquals(1.0, d.extra(Decision.A12), 0);
    assertEquals(Outcome.SUPPORTED, d.outcome());
  }

  @Test
  void flagsARankTestThatCannotAgree() {
    // n = 4: the smallest sign-flip p is 1/16 = .0625 > .05, so a clear t result disagrees.
    Decision d = Directional.paired(new double[] {2.1, 1.9, 2.2, 2.0}, new double[4], 1, 0.05);
    assertEquals(Outcome.SUPPORTED, d.outcome());
    assertEquals(0.0625, d.extra(Decision.PERMUTATION_P), 1e-15);
    assertTrue(d.disagreement());
    assertTrue(d.notes().stream().anyMatch(s -> s.contains("disagrees")), d.notes()::toString);
  }

  @Test
  void validatesInput() {
    IllegalArgumentException nan =
        assertThrows(
            IllegalArgumentException.class,
            () -> Directional.paired(new double[] {1, Double.NaN, 3}, new double[3], 1, 0.05));
    assertTrue(nan.getMessage().contains("'A'") && nan.getMessage().contains("index 1"));
    IllegalArgumentException inf =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Directional.paired(
                    new double[3], new double[] {1, 2, Double.NEGATIVE_INFINITY}, 1, 0.05));
    assertTrue(inf.getMessage().contains("'B'") && inf.getMessage().contains("index 2"));
    assertThrows(
        IllegalArgumentException.class,
        () -> Directional.paired(new double[] {1}, new double[] {0}, 1, 0.05));
    assertThrows(IllegalArgumentException.class, () -> Directional.paired(A, B, 0, 0.05));
    assertThrows(IllegalArgumentException.class, () -> Directional.paired(A, B, 1, 0.5));
    assertThrows(IllegalArgumentException.class, () -> Directional.paired(A, B, 1, 0));
    assertThrows(
        IllegalArgumentException.class, () -> Directional.paired(A, new double[] {1, 2}, 1, 0.05));
  }

  @Test
  void fullProceduresTakeTheirOutcomeFromTheTDecision() {
    org.apache.commons.math3.random.Well19937c rng =
        new org.apache.commons.math3.random.Well19937c(4);
    for (int r = 0; r < 50; r++) {
      double[] a = new double[8];
      double[] b = new double[8];
      for (int i = 0; i < 8; i++) {
        a[i] = rng.nextGaussian() + 0.5;
        b[i] = rng.nextGaussian();
      }
      assertSameT(Directional.pairedT(a, b, 1, 0.05), Directional.paired(a, b, 1, 0.05));
      assertSameT(Directional.unpairedT(a, b, 1, 0.05), Directional.unpaired(a, b, 1, 0.05));
      assertSameT(NoEffect.pairedT(a, b, 1, 0.05), NoEffect.paired(a, b, 1, 0.05));
      assertSameT(NoEffect.unpairedT(a, b, 1, 0.05), NoEffect.unpaired(a, b, 1, 0.05));
    }
  }

  private static void assertSameT(Decision t, Decision full) {
    assertEquals(t.outcome(), full.outcome());
    assertEquals(t.estimate(), full.estimate(), 0);
    assertArrayEquals(t.ci90(), full.ci90(), 0);
    assertEquals(t.pSupport(), full.pSupport(), 0);
    assertEquals(t.pRefute(), full.pRefute(), 0);
  }

  @Test
  void convertsToTestReport() {
    Decision d = Directional.paired(A, B, 0.5, 0.05);
    TestReport r =
        d.toReport("A - B", "directional", Map.of("A", List.of(1.0, 2.0), "B", List.of(0.5, 1.2)));
    assertEquals("A - B", r.name());
    assertEquals("directional", r.kind());
    assertEquals(Outcome.SUPPORTED, r.outcome());
    assertEquals(d.estimate(), r.estimate(), 0);
    assertArrayEquals(d.ci90(), r.ci90(), 0);
    assertEquals(d.pSupport(), r.pSupport(), 0);
    assertEquals(d.extra(Decision.A12), r.extra().get("a12"), 0);
    assertEquals(List.of(1.0, 2.0), r.arms().get("A"));
    assertTrue(r.extra().values().stream().allMatch(Double::isFinite));
  }

  /**
   * Equal paired differences are data, not an error (a count can come out the same for every seed):
   * the interval is the point itself, each one-sided p is 0 or 1, and a note says so. The t
   * procedure has this as its limit when the spread goes to zero.
   */
  @Test
  void equalDifferencesGiveADegenerateDecision() {
    Decision d = Directional.paired(new double[] {2, 3, 4}, new double[] {1, 2, 3}, 1, 0.05);
    assertEquals(Outcome.SUPPORTED, d.outcome()); // L = U = 1 >= margin 1
    assertArrayEquals(new double[] {1, 1}, d.ci90());
    assertEquals(0, d.pSupport());
    assertEquals(1, d.pRefute());
    assertTrue(Double.isNaN(d.effectSize()));
    assertTrue(d.notes().stream().anyMatch(n -> n.startsWith("no spread")), d.notes().toString());
    // A constant offset that floating-point subtraction blurs in the last bits is still constant.
    Decision blurred =
        Directional.paired(
            new double[] {98.3, 97.1, 96.7}, new double[] {98.2, 97.0, 96.6}, 1, 0.05);
    assertEquals(Outcome.REFUTED, blurred.outcome()); // U = 0.1 < margin 1
    assertEquals(blurred.ci90()[0], blurred.ci90()[1]);
    Decision zero = Directional.paired(new double[] {0, 0, 0}, new double[] {0, 0, 0}, 5, 0.05);
    assertEquals(Outcome.REFUTED, zero.outcome()); // no difference at all: U = 0 < 5
    assertEquals(1, zero.pSupport());
    // One constant arm is no problem for Welch while the other varies.
    Decision welch = Directional.unpaired(new double[] {1, 2}, new double[] {5, 5, 5}, 1, 0.05);
    assertEquals(Outcome.REFUTED, welch.outcome());
    assertEquals(
        Outcome.SUPPORTED,
        NoEffect.paired(new double[] {1, 2, 3}, new double[] {1, 2, 3}, 0.5, 0.05).outcome());
  }
}
