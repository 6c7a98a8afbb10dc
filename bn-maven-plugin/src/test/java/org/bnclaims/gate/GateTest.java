package org.bnclaims.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bnclaims.verdict.ClaimVerdict;
import org.bnclaims.verdict.Outcome;
import org.bnclaims.verdict.VerdictReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GateTest {

  @TempDir Path dir;

  static ClaimVerdict claim(String id, Outcome o) {
    return new ClaimVerdict(
        id,
        "s",
        "src",
        o,
        "because " + id,
        "reduced",
        true,
        "",
        "",
        List.of(),
        List.of(),
        List.of(),
        5,
        0,
        0,
        1);
  }

  static VerdictReport report(Object... idOutcome) {
    List<ClaimVerdict> claims = new ArrayList<>();
    for (int i = 0; i < idOutcome.length; i += 2) {
      claims.add(claim((String) idOutcome[i], (Outcome) idOutcome[i + 1]));
    }
    return new VerdictReport("reduced", "now", claims);
  }

  static final VerdictReport MIXED =
      report(
          "a",
          Outcome.SUPPORTED,
          "b",
          Outcome.INCONCLUSIVE,
          "c",
          Outcome.REFUTED,
          "d",
          Outcome.SKIPPED);

  @Test
  void refutedModeFailsOnRefutedOnly() {
    GateResult r = Gate.evaluate(MIXED, FailOn.REFUTED, Optional.empty());
    assertTrue(r.fail());
    assertTrue(r.messages().get(0).startsWith("c: REFUTED - because c"), r.messages().toString());
    GateResult ok =
        Gate.evaluate(
            report("a", Outcome.SUPPORTED, "b", Outcome.INCONCLUSIVE, "d", Outcome.SKIPPED),
            FailOn.REFUTED,
            Optional.empty());
    assertFalse(ok.fail(), ok.messages().toString());
    assertEquals(2, ok.messages().size(), "INCONCLUSIVE and SKIPPED are noted");
  }

  @Test
  void inconclusiveModeFailsOnRefutedOrInconclusiveButNotSkipped() {
    GateResult r = Gate.evaluate(MIXED, FailOn.INCONCLUSIVE, Optional.empty());
    assertTrue(r.fail());
    assertTrue(r.messages().get(0).startsWith("b: INCONCLUSIVE"));
    assertTrue(r.messages().get(1).startsWith("c: REFUTED"));
    assertFalse(
        Gate.evaluate(
                report("a", Outcome.SUPPORTED, "d", Outcome.SKIPPED),
                FailOn.INCONCLUSIVE,
                Optional.empty())
            .fail());
  }

  @Test
  void neverModeNeverFails() {
    GateResult r = Gate.evaluate(MIXED, FailOn.NEVER, Optional.empty());
    assertFalse(r.fail());
    assertEquals(3, r.messages().size());
  }

  @Test
  void regressionFailsOnlyWhereTheRankDropped() {
    Map<String, Outcome> base =
        Map.of(
            "a", Outcome.SUPPORTED, // -> INCONCLUSIVE: regression
            "b", Outcome.REFUTED, // -> SUPPORTED: improvement
            "c", Outcome.REFUTED, // -> REFUTED: unchanged, not failed
            "d", Outcome.SUPPORTED, // -> SKIPPED: reported
            "gone", Outcome.SUPPORTED); // missing now: reported
    VerdictReport now =
        report(
            "a",
            Outcome.INCONCLUSIVE,
            "b",
            Outcome.SUPPORTED,
            "c",
            Outcome.REFUTED,
            "d",
            Outcome.SKIPPED,
            "new",
            Outcome.REFUTED);
    GateResult r = Gate.evaluate(now, FailOn.REGRESSION, Optional.of(base));
    assertTrue(r.fail());
    List<String> m = r.messages();
    assertEquals("a: regressed SUPPORTED -> INCONCLUSIVE - because a", m.get(0));
    assertEquals(5, m.size(), m.toString());
    assertTrue(m.contains("b: improved REFUTED -> SUPPORTED - because b"));
    assertTrue(m.contains("d: newly SKIPPED (was SUPPORTED) - because d"));
    assertTrue(m.contains("gone: in the baseline (SUPPORTED) but missing from this run"));
    assertTrue(m.contains("new: new claim, REFUTED (not in the baseline) - because new"));
  }

  @Test
  void regressionWithoutAWorseningPasses() {
    Map<String, Outcome> base =
        Map.of("a", Outcome.INCONCLUSIVE, "b", Outcome.SKIPPED, "c", Outcome.REFUTED);
    VerdictReport now = report("a", Outcome.SUPPORTED, "b", Outcome.REFUTED, "c", Outcome.REFUTED);
    GateResult r = Gate.evaluate(now, FailOn.REGRESSION, Optional.of(base));
    assertFalse(r.fail(), r.messages().toString());
    assertTrue(r.messages().contains("b: no longer SKIPPED, now REFUTED - because b"));
  }

  @Test
  void regressionWithoutBaselineFailsWithAHint() {
    GateResult r = Gate.evaluate(MIXED, FailOn.REGRESSION, Optional.empty());
    assertTrue(r.fail());
    assertTrue(r.messages().get(0).contains("baseline"));
  }

  @Test
  void baselineRoundTripAndErrors() throws IOException {
    Path f = dir.resolve("sub/bn-baseline.json");
    Baseline.write(f, Baseline.of(MIXED));
    assertEquals(
        Map.of(
            "a",
            Outcome.SUPPORTED,
            "b",
            Outcome.INCONCLUSIVE,
            "c",
            Outcome.REFUTED,
            "d",
            Outcome.SKIPPED),
        Baseline.read(f));
    String json = Files.readString(f);
    assertTrue(json.indexOf("\"a\"") < json.indexOf("\"d\""), "sorted by id: " + json);

    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"a\": \"GREAT\"}");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Baseline.read(bad));
    assertTrue(e.getMessage().contains("bad.json") && e.getMessage().contains("GREAT"));
    Files.writeString(bad, "[1, 2");
    e = assertThrows(IllegalArgumentException.class, () -> Baseline.read(bad));
    assertTrue(e.getMessage().contains("bad.json"), e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class, () -> Baseline.read(dir.resolve("missing.json")));
    assertTrue(e.getMessage().contains("missing.json"));
  }

  @Test
  void failOnParsesCaseInsensitivelyAndListsValidValues() {
    assertEquals(FailOn.REGRESSION, FailOn.parse("regression"));
    assertEquals(FailOn.REFUTED, FailOn.parse(" Refuted "));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> FailOn.parse("sometimes"));
    assertTrue(e.getMessage().contains("refuted, inconclusive, regression, never"));
  }
}
