package org.bnclaims.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.stat.inference.TestUtils;
import org.bnclaims.verdict.Outcome;
import org.junit.jupiter.api.Test;

class OneSampleTest {
  static final double[] BETA = {-0.8, -1.1, -0.6, -0.9, -1.3, -0.7};

  @Test
  void betaBelowZero() {
    Decision d = OneSample.test(BETA, 0, 0.2, 0.05, false);
    assertEquals(Outcome.SUPPORTED, d.outcome());
    // Reported on the data's scale: mean -0.9 with an interval below 0.
    assertEquals(-0.9, d.estimate(), 1e-12);
    assertTrue(d.ci90()[1] < 0 && d.ci90()[0] < d.ci90()[1]);
    assertTrue(d.effectSize() < 0);
    // Claimed side p = CM's two-sided one-sample p / 2 (t has the claimed sign).
    assertEquals(TestUtils.tTest(0, BETA) / 2, d.pSupport(), 1e-12);
    assertEquals(6, d.extra(Decision.WINS), 0);
    assertEquals(1.0 / 64, d.extra(Decision.PERMUTATION_P), 1e-15);
  }

  @Test
  void mirrorsTheGreaterSide() {
    double[] up = new double[BETA.length];
    for (int i = 0; i < up.length; i++) {
      up[i] = 3 - BETA[i];
    }
    Decision greater = OneSample.test(up, 3, 0.2, 0.05, true);
    Decision less = OneSample.test(BETA, 0, 0.2, 0.05, false);
    assertEquals(less.outcome(), greater.outcome());
    assertEquals(-less.estimate(), greater.estimate(), 1e-12);
    assertArrayEquals(new double[] {-less.ci90()[1], -less.ci90()[0]}, greater.ci90(), 1e-12);
    assertEquals(less.pSupport(), greater.pSupport(), 1e-12);
  }

  @Test
  void refutedWhenTheMarginIsRuledOut() {
    assertEquals(Outcome.REFUTED, OneSample.test(BETA, 0, 2, 0.05, false).outcome());
    assertEquals(Outcome.REFUTED, OneSample.test(BETA, 0, 0.2, 0.05, true).outcome());
  }

  @Test
  void inconclusiveWhenTheIntervalCoversZeroAndTheMargin() {
    Decision d = OneSample.test(new double[] {-1, 0.5, -2, 0.8, -0.4}, 0, 0.5, 0.05, false);
    assertEquals(Outcome.INCONCLUSIVE, d.outcome());
  }

  @Test
  void validates() {
    // Equal values are a degenerate decision, not an error: 1 > 0 with no spread, but 1 - 0 < 2.
    assertEquals(
        Outcome.REFUTED, OneSample.test(new double[] {1, 1, 1}, 0, 2, 0.05, true).outcome());
    assertThrows(
        IllegalArgumentException.class, () -> OneSample.test(BETA, Double.NaN, 1, 0.05, true));
    assertThrows(IllegalArgumentException.class, () -> OneSample.test(BETA, 0, -1, 0.05, true));
  }
}
