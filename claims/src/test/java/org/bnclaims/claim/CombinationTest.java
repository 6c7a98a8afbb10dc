package org.bnclaims.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.bnclaims.stats.Decision;
import org.bnclaims.verdict.Outcome;
import org.junit.jupiter.api.Test;

/**
 * The claim-level rule of docs/statistics.md 3c on decisions with chosen p-values: SUPPORTED iff
 * every support component is (intersection-union), REFUTED iff Holm over all pRefute rejects one.
 */
class CombinationTest {

  private static Component test(String name, Outcome own, double pRefute, boolean support) {
    Decision d =
        new Decision(
            own,
            2.0,
            new double[] {1.0, 3.0},
            new double[] {0.8, 3.2},
            0.01,
            pRefute,
            1.5,
            5,
            1.0,
            0.05,
            Map.of(),
            List.of());
    return new Component(d.toReport(name, "directional", Map.of()), d, support);
  }

  @Test
  void supportedOnlyWhenEverySupportComponentIs() {
    assertEquals(
        Outcome.SUPPORTED,
        Combination.of(
                List.of(
                    test("a", Outcome.SUPPORTED, 0.9, true),
                    test("b", Outcome.SUPPORTED, 0.8, true)),
                0.05)
            .outcome());
    assertEquals(
        Outcome.INCONCLUSIVE,
        Combination.of(
                List.of(
                    test("a", Outcome.SUPPORTED, 0.9, true),
                    test("b", Outcome.INCONCLUSIVE, 0.3, true)),
                0.05)
            .outcome());
  }

  @Test
  void refutedUnderHolm() {
    // Holm with m = 2: the smallest p is compared with alpha / 2 = 0.025.
    Combination holmSaves =
        Combination.of(
            List.of(
                test("a", Outcome.REFUTED, 0.03, true), test("b", Outcome.SUPPORTED, 0.9, true)),
            0.05);
    assertEquals(Outcome.INCONCLUSIVE, holmSaves.outcome());
    assertTrue(holmSaves.reason().contains("not after Holm's correction over 2 tests"));
    Combination refuted =
        Combination.of(
            List.of(
                test("a", Outcome.REFUTED, 0.02, true), test("b", Outcome.SUPPORTED, 0.9, true)),
            0.05);
    assertEquals(Outcome.REFUTED, refuted.outcome());
    assertTrue(
        refuted.reason().contains("Holm-adjusted over 2 tests 0.04 <= alpha 0.05"),
        refuted.reason());
  }

  @Test
  void aRefuteOnlyComponentCanRefuteButNeedNotSupport() {
    List<Component> chain =
        List.of(
            test("a - b", Outcome.SUPPORTED, 0.9, true),
            test("b - c", Outcome.SUPPORTED, 0.9, true),
            test("a - c", Outcome.INCONCLUSIVE, 0.5, false));
    assertEquals(Outcome.SUPPORTED, Combination.of(chain, 0.05).outcome());
    List<Component> reversedEnds =
        List.of(
            test("a - b", Outcome.SUPPORTED, 0.9, true),
            test("b - c", Outcome.SUPPORTED, 0.9, true),
            test("a - c", Outcome.REFUTED, 0.001, false));
    Combination c = Combination.of(reversedEnds, 0.05);
    assertEquals(Outcome.REFUTED, c.outcome());
    assertTrue(c.details().contains("a - c [directional]: REFUTED"), c.details());
    assertTrue(c.details().contains("(refute family only)"), c.details());
  }

  @Test
  void noTestsIsInconclusive() {
    assertEquals(Outcome.INCONCLUSIVE, Combination.of(List.of(), 0.05).outcome());
  }
}
