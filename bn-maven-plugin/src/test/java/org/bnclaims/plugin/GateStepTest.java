package org.bnclaims.plugin;

import static org.bnclaims.plugin.VerdictCollectorTest.verdict;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.bnclaims.gate.Baseline;
import org.bnclaims.gate.GateResult;
import org.bnclaims.verdict.Outcome;
import org.bnclaims.verdict.VerdictReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GateStepTest {

  @TempDir Path dir;

  private static final VerdictReport REPORT =
      new VerdictReport(
          "reduced",
          "now",
          List.of(verdict("a", Outcome.SUPPORTED), verdict("b", Outcome.INCONCLUSIVE)));

  @Test
  void writeBaselineWritesInsteadOfGating() {
    Path file = dir.resolve("bn-baseline.json");
    GateResult r = GateStep.prepare("inconclusive", file, true).apply(REPORT);
    assertFalse(r.fail());
    assertTrue(r.messages().get(0).startsWith("wrote the baseline of 2 claim verdict(s)"));
    assertEquals(Map.of("a", Outcome.SUPPORTED, "b", Outcome.INCONCLUSIVE), Baseline.read(file));
  }

  @Test
  void regressionWithoutABaselineTreatsEveryClaimAsNewAndSaysHowToWriteOne() {
    GateResult r = GateStep.prepare("regression", dir.resolve("missing.json"), false).apply(REPORT);
    assertFalse(r.fail());
    assertTrue(r.messages().get(0).contains(GateStep.HOW_TO_WRITE), r.messages().get(0));
    assertTrue(r.messages().stream().anyMatch(m -> m.startsWith("b: new claim, INCONCLUSIVE")));
  }

  @Test
  void regressionAgainstAnExistingBaselineFailsOnlyWhereAVerdictGotWorse() {
    Path file = dir.resolve("b.json");
    Baseline.write(file, Map.of("a", Outcome.SUPPORTED, "b", Outcome.SUPPORTED));
    GateResult worse = GateStep.prepare("regression", file, false).apply(REPORT);
    assertTrue(worse.fail());
    assertEquals("b: regressed SUPPORTED -> INCONCLUSIVE - r", worse.messages().get(0));
    Baseline.write(file, Map.of("a", Outcome.SUPPORTED, "b", Outcome.INCONCLUSIVE));
    assertFalse(GateStep.prepare("regression", file, false).apply(REPORT).fail());
  }

  @Test
  void otherModesIgnoreTheBaselineFileAndRegressionReadsItBeforeAnythingRuns() throws Exception {
    Path garbage = Files.writeString(dir.resolve("garbage.json"), "not json");
    assertFalse(GateStep.prepare("refuted", garbage, false).apply(REPORT).fail());
    assertTrue(GateStep.prepare("inconclusive", garbage, false).apply(REPORT).fail());
    assertFalse(GateStep.prepare("never", garbage, false).apply(REPORT).fail());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> GateStep.prepare("regression", garbage, false));
    assertTrue(e.getMessage().contains(garbage.toString()), e.getMessage());
  }
}
