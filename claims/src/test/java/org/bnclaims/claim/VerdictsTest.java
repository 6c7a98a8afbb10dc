package org.bnclaims.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bnclaims.stats.Decision;
import org.bnclaims.stats.OrderingResult;
import org.bnclaims.stats.Trend;
import org.bnclaims.stats.TrendResult;
import org.bnclaims.verdict.Outcome;
import org.bnclaims.verdict.TestReport;
import org.junit.jupiter.api.Test;

/** Each assertion records its test with the claim's margin and alpha (fixture: margin 1). */
class VerdictsTest {

  private final ClaimState state =
      new ClaimState(Fixtures.Supported.class.getAnnotation(Claim.class), Profile.REDUCED);
  private final Verdicts verdicts = new Verdicts(state, null);

  private static final Sample A = Sample.of("A", 90, 91, 92, 93, 94);
  private static final Sample B = Sample.of("B", 85, 85, 86.5, 86.5, 89);
  private static final Sample C = Sample.of("C", 80, 81.5, 80.5, 82, 83);

  @Test
  void orderingRecordsAdjacentPairsAsSupportAndTheRestAsRefuteOnly() {
    OrderingResult r = verdicts.ordering(A, B, C);
    assertEquals(Outcome.SUPPORTED, r.outcome());
    List<Component> cs = verdicts.recorded();
    assertEquals(List.of("A - B", "B - C", "A - C"), cs.stream().map(Component::name).toList());
    assertEquals(List.of(true, true, false), cs.stream().map(Component::support).toList());
    TestReport ac = cs.get(2).report();
    assertEquals("ordering", ac.kind());
    assertEquals(List.of("A", "C"), List.copyOf(ac.arms().keySet()));
    assertEquals(1.0, ac.margin());
    assertEquals(0.05, ac.alpha());
    assertEquals(3, state.components().size());
  }

  @Test
  void trendTransposesLevelsAndRecordsTheSlopes() {
    // Gains 4, 3, 2, 1 (+ seed offsets) over x = 0..3: every per-seed slope is exactly -1.
    List<Sample> gains =
        List.of(
            Sample.of("x=0", 4, 4.5, 3.8),
            Sample.of("x=1", 3, 3.5, 2.8),
            Sample.of("x=2", 2, 2.5, 1.8),
            Sample.of("x=3", 1, 1.5, 0.8));
    // Equal slopes are a degenerate but valid statistic: slope -1 for every seed, margin 0.5.
    assertEquals(
        Outcome.SUPPORTED,
        verdicts
            .trend("gain", new double[] {0, 1, 2, 3}, gains, 0.5, Trend.Direction.DECREASING)
            .slope()
            .outcome());
    List<Sample> noisy =
        List.of(
            Sample.of("x=0", 4, 4.5, 3.8),
            Sample.of("x=1", 3.2, 3.5, 2.6),
            Sample.of("x=2", 2, 2.3, 1.8),
            Sample.of("x=3", 1, 1.5, 0.9));
    TrendResult r =
        verdicts.trend("gain", new double[] {0, 1, 2, 3}, noisy, 0.5, Trend.Direction.DECREASING);
    TestReport t = verdicts.recorded().get(0).report();
    assertEquals("trend", t.kind());
    assertEquals(0.5, t.margin());
    assertEquals(List.of("x=0", "x=1", "x=2", "x=3", "slope"), List.copyOf(t.arms().keySet()));
    assertEquals(3, t.arms().get("slope").size());
    assertTrue(r.slope().estimate() < -0.9, "mean slope " + r.slope().estimate());
    double[][] bySeed = {{4, 3.2, 2, 1}, {4.5, 3.5, 2.3, 1.5}, {3.8, 2.6, 1.8, 0.9}};
    TrendResult same =
        verdicts.trend("gain", new double[] {0, 1, 2, 3}, bySeed, 0.5, Trend.Direction.DECREASING);
    assertEquals(r.slope().estimate(), same.slope().estimate(), 1e-12);
    assertEquals(List.of(4.0, 4.5, 3.8), verdicts.recorded().get(1).report().arms().get("x=0"));
  }

  @Test
  void oneSampleAndNoEffectTakeTheClaimMarginUnlessGiven() {
    Decision below = verdicts.oneSample("beta < 0", Sample.of("beta", -2, -3, -2.5), 0, false);
    assertEquals(Outcome.SUPPORTED, below.outcome());
    assertEquals(-2.5, below.estimate(), 1e-12);
    Decision same =
        verdicts.noEffect("A - A'", A, Sample.of("A'", 90.1, 90.9, 92.2, 92.8, 94.1), 2);
    assertEquals(2.0, same.margin());
    assertEquals("no-effect", verdicts.recorded().get(1).report().kind());
    assertFalse(verdicts.recorded().isEmpty());
  }

  @Test
  void unpairedArmsMayDifferInSize() {
    Decision d = verdicts.directionalUnpaired("A - C", A, Sample.of("C", 80, 81.5, 83));
    assertEquals(3, d.n());
    assertEquals(Outcome.SUPPORTED, d.outcome());
  }
}
