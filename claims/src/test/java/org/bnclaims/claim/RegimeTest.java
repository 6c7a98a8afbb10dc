package org.bnclaims.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bnclaims.verdict.ClaimVerdict;
import org.bnclaims.verdict.Outcome;
import org.bnclaims.verdict.RegimeCheck;
import org.bnclaims.verdict.VerdictJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/** A failed regime check makes the verdict INCONCLUSIVE, whatever the tests say. */
class RegimeTest {

  @TempDir Path tmp;

  private EngineExecutionResults run(Class<?> fixture, String profile) {
    return EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(fixture))
        .configurationParameter("bn.profile", profile)
        .configurationParameter("bn.cacheDir", tmp.resolve("cache").toString())
        .configurationParameter("bn.verdictDir", tmp.resolve("verdicts").toString())
        .configurationParameter("bn.workers", "2")
        .configurationParameter(Settings.RUN_FUNCTION, FakeRuns.Function.class.getName())
        .execute();
  }

  private ClaimVerdict verdict(String id) {
    return VerdictJson.readClaim(tmp.resolve("verdicts").resolve(id + ".json"));
  }

  private static TestExecutionResult only(EngineExecutionResults r) {
    assertEquals(1, r.testEvents().finished().count());
    return r.testEvents().finished().list().get(0).getRequiredPayload(TestExecutionResult.class);
  }

  @Test
  void regimeNotReachedIsInconclusiveNamingTheCheckAndTheDecidingProfile() {
    TestExecutionResult t = only(run(RegimeFixtures.NotReached.class, "reduced"));
    assertEquals(TestExecutionResult.Status.ABORTED, t.getStatus());
    ClaimVerdict v = verdict("regime-not-reached");
    assertEquals(Outcome.INCONCLUSIVE, v.verdict());
    assertEquals(
        "Inconclusive: the reduced setting did not reach the regime this finding is about: A"
            + " final test accuracy (%) reached 92 (mean over seeds), needs >= 95. The tests below"
            + " are reported but decide nothing here. Would be decided by: gpu profile, ~2"
            + " GPU-hours.",
        v.reason());
    assertEquals(
        List.of(new RegimeCheck("A final test accuracy (%)", ">=", 95, 92, false, null)),
        v.regimeChecks());
    assertEquals("gpu profile, ~2 GPU-hours", v.decidedBy());
    assertEquals(Outcome.SUPPORTED, v.tests().get(0).outcome(), "the test itself still stands");
    assertTrue(t.getThrowable().orElseThrow().getMessage().contains("regime FAILED"));
  }

  @Test
  void aFailedCheckOverridesARefutation() {
    TestExecutionResult t = only(run(RegimeFixtures.OverridesRefuted.class, "reduced"));
    assertEquals(TestExecutionResult.Status.ABORTED, t.getStatus());
    ClaimVerdict v = verdict("regime-overrides-refuted");
    assertEquals(Outcome.INCONCLUSIVE, v.verdict());
    assertEquals(Outcome.REFUTED, v.tests().get(0).outcome());
    RegimeCheck c = v.regimeChecks().get(0);
    assertEquals("<=", c.comparison());
    assertFalse(c.passed());
    assertTrue(c.value() > 0.5, "1/accuracy, above 1");
  }

  @Test
  void aReachedRegimeLeavesTheVerdictToTheTests() {
    assertEquals(
        TestExecutionResult.Status.SUCCESSFUL,
        only(run(RegimeFixtures.Reached.class, "reduced")).getStatus());
    ClaimVerdict v = verdict("regime-reached");
    assertEquals(Outcome.SUPPORTED, v.verdict());
    assertTrue(v.regimeChecks().get(0).passed());
    assertEquals(92, v.regimeChecks().get(0).value(), 1e-9);
  }

  @Test
  void smokeRecordsTheCheckAndPasses() {
    TestExecutionResult t = only(run(RegimeFixtures.NotReached.class, "smoke"));
    assertEquals(TestExecutionResult.Status.SUCCESSFUL, t.getStatus());
    ClaimVerdict v = verdict("regime-not-reached");
    assertEquals(Outcome.INCONCLUSIVE, v.verdict());
    assertTrue(v.reason().contains("the smoke setting did not reach the regime"), v.reason());
  }

  @Test
  void aRegimeCheckWithoutADecidingProfileIsABugInTheClaim() {
    TestExecutionResult t = only(run(RegimeFixtures.WithoutDecider.class, "reduced"));
    assertEquals(TestExecutionResult.Status.FAILED, t.getStatus());
    assertTrue(t.getThrowable().orElseThrow().getMessage().contains("@Claim(decidedBy"));
    assertFalse(Files.exists(tmp.resolve("verdicts/regime-without-decider.json")));
  }

  @Test
  void theMeanOverSeedsDecidesAndANonFiniteSeedFails() {
    assertEquals(2.0, Regimes.meanOverSeeds(Sample.of("x", 1, 2, 3)));
    assertTrue(Double.isNaN(Regimes.meanOverSeeds(Sample.of("x", 1, Double.NaN, 3))));
    assertTrue(Double.isNaN(Regimes.meanOverSeeds(Sample.of("x", 1, Double.POSITIVE_INFINITY))));
    assertTrue(Regime.atLeast(2).admits(2));
    assertFalse(Regime.atLeast(2).admits(1.999));
    assertTrue(Regime.atMost(2).admits(1));
    assertFalse(Regime.atMost(2).admits(Double.NaN));
    assertFalse(Regime.atLeast(2).admits(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> Regime.atLeast(Double.NaN));
    assertEquals(">= 60", Regime.atLeast(60).toString());
  }

  @Test
  void passingChecksLeaveTheCombinationAlone() {
    Combination c = Combination.of(List.of(), 0.05);
    RegimeCheck ok = new RegimeCheck("a", ">=", 1, 2, true, null);
    assertSame(c, Regimes.apply(c, List.of(ok), "reduced", "gpu"));
    RegimeCheck bad = new RegimeCheck("b", "<=", 1, 2, false, "[1] batch 8");
    Combination r = Regimes.apply(c, List.of(ok, bad), "reduced", "gpu");
    assertEquals(Outcome.INCONCLUSIVE, r.outcome());
    assertTrue(r.reason().contains("b reached 2 (mean over seeds), needs <= 1 [[1] batch 8]"));
    assertTrue(r.details().startsWith("  regime passed: a reached 2"), r.details());
  }
}
