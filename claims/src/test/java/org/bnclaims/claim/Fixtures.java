package org.bnclaims.claim;

import static org.bnclaims.claim.FakeRuns.LR_A;
import static org.bnclaims.claim.FakeRuns.LR_B;
import static org.bnclaims.claim.FakeRuns.LR_C;
import static org.bnclaims.claim.FakeRuns.LR_D;
import static org.bnclaims.claim.FakeRuns.spec;

import java.util.LinkedHashMap;
import java.util.Map;
import org.bnclaims.spec.RunSpec;
import org.junit.jupiter.api.Test;

/**
 * Claim classes run only through the engine test kit (static nested classes are not picked up by
 * Surefire or by JUnit's discovery of the enclosing class). Runs come from {@link FakeRuns}.
 */
final class Fixtures {

  private Fixtures() {}

  @Claim(
      id = "fixture-supported",
      statement = "A beats B",
      source = "fixture, section 1",
      paperSetting = "paper: A vs B",
      conflicts = {"the fixture follows itself"},
      margin = 1.0,
      alpha = 0.05)
  static class Supported {
    @Test
    void aBeatsB(Lab lab, Verdicts verdicts) {
      Map<String, RunSpec> arms = new LinkedHashMap<>();
      arms.put("A", spec(LR_A));
      arms.put("B", spec(LR_B));
      Map<String, Arm> ran = lab.runAll(arms);
      verdicts.directional(
          "A - B", ran.get("A").finalTestAccuracyPct(), ran.get("B").finalTestAccuracyPct());
      verdicts.chart(Charts.testAccuracyCurves(ran.get("A"), ran.get("B")));
      verdicts.note("A fixture note.");
    }
  }

  @Claim(
      id = "fixture-refuted",
      statement = "A beats C",
      source = "s",
      paperSetting = "p",
      margin = 1.0)
  static class Refuted {
    @Test
    void aBeatsC(Lab lab, Verdicts verdicts) {
      verdicts.directional(
          "A - C",
          lab.run("A", spec(LR_A)).finalTestAccuracyPct(),
          lab.run("C", spec(LR_C)).finalTestAccuracyPct());
    }
  }

  @Claim(
      id = "fixture-inconclusive",
      statement = "A beats D",
      source = "s",
      paperSetting = "p",
      margin = 1.0)
  static class Inconclusive {
    @Test
    void aBeatsD(Lab lab, Verdicts verdicts) {
      verdicts.directional(
          "A - D",
          lab.run("A", spec(LR_A)).finalTestAccuracyPct(),
          lab.run("D", spec(LR_D)).finalTestAccuracyPct());
    }
  }

  @Claim(
      id = "fixture-unavailable",
      statement = "A beats B on CIFAR-10",
      source = "s",
      paperSetting = "p",
      margin = 1.0)
  static class Unavailable {
    @Test
    void onCifar(Lab lab, Verdicts verdicts) {
      Arm a = lab.run("A", spec("cifar10", LR_A));
      Arm b = lab.run("B", spec("cifar10", LR_B));
      verdicts.directional("A - B", a.finalTestAccuracyPct(), b.finalTestAccuracyPct());
    }
  }

  /** Two methods: one SUPPORTED, one REFUTED; the claim is REFUTED (Holm over both). */
  @Claim(
      id = "fixture-two-methods",
      statement = "A beats B and C",
      source = "s",
      paperSetting = "p",
      margin = 1.0)
  static class TwoMethods {
    @Test
    void aBeatsB(Lab lab, Verdicts verdicts) {
      verdicts.directional(
          "A - B",
          lab.run("A", spec(LR_A)).finalTestAccuracyPct(),
          lab.run("B", spec(LR_B)).finalTestAccuracyPct());
    }

    @Test
    void aBeatsC(Lab lab, Verdicts verdicts) {
      verdicts.directional(
          "A - C",
          lab.run("A", spec(LR_A)).finalTestAccuracyPct(),
          lab.run("C", spec(LR_C)).finalTestAccuracyPct());
    }
  }

  @Claim(id = "fixture-broken", statement = "a bug", source = "s", paperSetting = "p", margin = 1.0)
  static class Broken {
    @Test
    void throwsABug(Lab lab) {
      lab.run("A", spec(LR_A));
      throw new IllegalStateException("a bug in the claim");
    }
  }
}
