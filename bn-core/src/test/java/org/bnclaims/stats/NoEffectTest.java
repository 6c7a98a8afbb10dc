package org.bnclaims.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bnclaims.verdict.Outcome;
import org.junit.jupiter.api.Test;

class NoEffectTest {
  private static final double[] ZERO = new double[6];

  @Test
  void supportedInsideTheMargins() {
    double[] a = {0.1, -0.2, 0.05, 0.15, -0.1, 0.0};
    Decision d = NoEffect.paired(a, ZERO, 1, 0.05);
    assertEquals(Outcome.SUPPORTED, d.outcome());
    assertEquals(0, d.extra(Decision.NEGLIGIBLE), 0);
    // pSupport is the TOST p of the same numbers.
    double se = d.extra(Decision.SE);
    assertEquals(Tost.p(d.estimate(), se, 5, 1), d.pSupport(), 1e-15);
    assertTrue(d.pSupport() < 0.05);
  }

  @Test
  void detectableButNegligible() {
    double[] a = {0.30, 0.32, 0.29, 0.31, 0.33, 0.28};
    Decision d = NoEffect.paired(a, ZERO, 1, 0.05);
    assertEquals(Outcome.SUPPORTED, d.outcome());
    assertTrue(d.ci90()[0] > 0);
    assertEquals(1, d.extra(Decision.NEGLIGIBLE), 0);
    assertTrue(d.notes().stream().anyMatch(s -> s.contains("negligible")));
  }

  @Test
  void refutedBeyondEitherMargin() {
    double[] up = {2.0, 2.2, 1.9, 2.1, 2.3, 1.8};
    assertEquals(Outcome.REFUTED, NoEffect.paired(up, ZERO, 1, 0.05).outcome());
    double[] down = {-2.0, -2.2, -1.9, -2.1, -2.3, -1.8};
    Decision d = NoEffect.paired(down, ZERO, 1, 0.05);
    assertEquals(Outcome.REFUTED, d.outcome());
    assertTrue(d.pRefute() < 0.05);
  }

  @Test
  void inconclusiveWhenTheIntervalStraddlesAMargin() {
    double[] a = {0.5, 1.5, -0.3, 2.0, 0.2, 1.1};
    Decision d = NoEffect.paired(a, ZERO, 1, 0.05);
    assertTrue(d.ci90()[0] < 1 && d.ci90()[1] > 1);
    assertEquals(Outcome.INCONCLUSIVE, d.outcome());
  }

  @Test
  void unpairedUsesWelch() {
    double[] a = {10.1, 9.8, 10.3, 9.9, 10.0};
    double[] b = {10.0, 10.2, 9.7, 10.1, 9.9, 10.05};
    Decision d = NoEffect.unpaired(a, b, 0.5, 0.05);
    assertEquals(Outcome.SUPPORTED, d.outcome());
    assertEquals(
        Directional.unpairedT(a, b, 0.5, 0.05).extra(Decision.DF), d.extra(Decision.DF), 0);
  }
}
