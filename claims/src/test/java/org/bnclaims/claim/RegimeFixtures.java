package org.bnclaims.claim;

import static org.bnclaims.claim.FakeRuns.LR_A;
import static org.bnclaims.claim.FakeRuns.LR_B;
import static org.bnclaims.claim.FakeRuns.LR_C;
import static org.bnclaims.claim.FakeRuns.spec;

import org.junit.jupiter.api.Test;

/**
 * Claims with regime checks on arm A, whose mean final test accuracy is 92% ({@link FakeRuns}), run
 * only through the engine test kit.
 */
final class RegimeFixtures {

  private RegimeFixtures() {}

  /** A beats B (SUPPORTED on its own), but A had to reach 95%: INCONCLUSIVE. */
  @Claim(
      id = "regime-not-reached",
      statement = "A beats B",
      source = "s",
      paperSetting = "p",
      margin = 1.0,
      decidedBy = "gpu profile, ~2 GPU-hours")
  static class NotReached {
    @Test
    void aBeatsB(Lab lab, Verdicts verdicts) {
      Arm a = lab.run("A", spec(LR_A));
      verdicts.regime("A final test accuracy (%)", a.finalTestAccuracyPct(), Regime.atLeast(95));
      verdicts.directional(
          "A - B", a.finalTestAccuracyPct(), lab.run("B", spec(LR_B)).finalTestAccuracyPct());
    }
  }

  /** A beats C is REFUTED on its own; the failed regime check still makes it INCONCLUSIVE. */
  @Claim(
      id = "regime-overrides-refuted",
      statement = "A beats C",
      source = "s",
      paperSetting = "p",
      margin = 1.0,
      decidedBy = "gpu profile")
  static class OverridesRefuted {
    @Test
    void aBeatsC(Lab lab, Verdicts verdicts) {
      Arm a = lab.run("A", spec(LR_A));
      verdicts.regime("A final training loss", a.finalTrainLoss(), Regime.atMost(0.5));
      verdicts.directional(
          "A - C", a.finalTestAccuracyPct(), lab.run("C", spec(LR_C)).finalTestAccuracyPct());
    }
  }

  /** The regime is reached (92 >= 90): the verdict is the tests' (SUPPORTED). */
  @Claim(
      id = "regime-reached",
      statement = "A beats B",
      source = "s",
      paperSetting = "p",
      margin = 1.0,
      decidedBy = "gpu profile")
  static class Reached {
    @Test
    void aBeatsB(Lab lab, Verdicts verdicts) {
      Arm a = lab.run("A", spec(LR_A));
      verdicts.regime("A final test accuracy (%)", a.finalTestAccuracyPct(), Regime.atLeast(90));
      verdicts.directional(
          "A - B", a.finalTestAccuracyPct(), lab.run("B", spec(LR_B)).finalTestAccuracyPct());
    }
  }

  /** A regime check without {@code decidedBy}: a bug in the claim, no verdict. */
  @Claim(
      id = "regime-without-decider",
      statement = "A beats B",
      source = "s",
      paperSetting = "p",
      margin = 1.0)
  static class WithoutDecider {
    @Test
    void aBeatsB(Lab lab, Verdicts verdicts) {
      Arm a = lab.run("A", spec(LR_A));
      verdicts.regime("A final test accuracy (%)", a.finalTestAccuracyPct(), Regime.atLeast(90));
    }
  }
}
