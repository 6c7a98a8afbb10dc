package org.bnclaims.verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fields added for regime checks, data descriptions and parameterized rows. */
class VerdictJsonRegimeTest {

  @TempDir Path dir;

  private static ClaimVerdict withRegime(ClaimVerdict v, List<RegimeCheck> checks) {
    TestReport row = v.tests().get(0).withRow("[1] batch 8");
    return new ClaimVerdict(
        v.id(),
        v.statement(),
        v.source(),
        v.verdict(),
        v.reason(),
        v.profile(),
        v.evidence(),
        v.paperSetting(),
        v.runSetting(),
        v.conflicts(),
        List.of(row),
        v.charts(),
        v.runs(),
        v.cacheHits(),
        v.failures(),
        v.seconds(),
        checks,
        "gpu profile, ~40 GPU-hours",
        List.of("mnist 600/180 per class (train/test)", "cifar10 500/100 per class, flip"));
  }

  @Test
  void regimeChecksDataAndRowsRoundTrip() throws IOException {
    List<RegimeCheck> checks =
        List.of(
            new RegimeCheck("BN train acc (%)", ">=", 90, 93.5, true, null),
            new RegimeCheck("loss drop (%)", "<=", 10, Double.NaN, false, "[2] batch 32"));
    ClaimVerdict v = withRegime(VerdictJsonTest.claim("c", Outcome.INCONCLUSIVE, 0.1), checks);
    Path f = VerdictJson.writeClaimTo(v, dir);
    ClaimVerdict back = VerdictJson.readClaim(f);
    assertEquals(VerdictJson.toJson(v), VerdictJson.toJson(back));
    assertEquals("[1] batch 8", back.tests().get(0).row());
    assertEquals(2, back.regimeChecks().size());
    RegimeCheck failed = back.regimeChecks().get(1);
    assertEquals("<=", failed.comparison());
    assertTrue(Double.isNaN(failed.value()));
    assertFalse(failed.passed());
    assertEquals("[2] batch 32", failed.row());
    assertNull(back.regimeChecks().get(0).row());
    assertEquals("gpu profile, ~40 GPU-hours", back.decidedBy());
    assertEquals(2, back.data().size());
    String json = Files.readString(f);
    assertTrue(json.contains("\"regimeChecks\""), json);
    assertTrue(json.contains("\"threshold\" : 90.0"), json);
    assertTrue(json.contains("\"data\""), json);
  }

  @Test
  void absentRowAndDecidedByAreLeftOutOfTheJson() throws IOException {
    Path f = VerdictJson.writeClaimTo(VerdictJsonTest.claim("plain", Outcome.SUPPORTED, 1), dir);
    String json = Files.readString(f);
    assertFalse(json.contains("\"row\""), json);
    assertFalse(json.contains("\"decidedBy\""), json);
    assertTrue(json.contains("\"regimeChecks\" : [ ]"), json);
  }

  @Test
  void anOlderFileWithoutTheNewFieldsReadsAsNoChecksNoDataNoRows() throws IOException {
    Path f = dir.resolve("old.json");
    Files.writeString(
        f,
        """
        {"id": "old", "statement": "s", "source": "src", "verdict": "SUPPORTED", "reason": "r",
         "profile": "reduced", "evidence": true, "paperSetting": "p", "runSetting": "q",
         "conflicts": [], "charts": [], "runs": 10, "cacheHits": 0, "failures": 0, "seconds": 1.5,
         "tests": [{"name": "A - B", "kind": "directional", "outcome": "SUPPORTED",
                    "estimate": 2.0, "ci90": [1.0, 3.0], "ci95": [0.8, 3.2], "pSupport": 0.01,
                    "pRefute": 0.9, "effectSize": 1.2, "n": 5, "margin": 1.0, "alpha": 0.05,
                    "extra": {}, "arms": {"A": [1, 2], "B": [0, 0]}}]}
        """);
    ClaimVerdict v = VerdictJson.readClaim(f);
    assertEquals(List.of(), v.regimeChecks());
    assertEquals(List.of(), v.data());
    assertNull(v.decidedBy());
    assertNull(v.tests().get(0).row());
    assertEquals(Outcome.SUPPORTED, v.verdict());
  }
}
