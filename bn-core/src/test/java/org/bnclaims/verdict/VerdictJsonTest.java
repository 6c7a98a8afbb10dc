package org.bnclaims.verdict;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerdictJsonTest {

  @TempDir Path dir;

  static ClaimVerdict claim(String id, Outcome outcome, double estimate) {
    Map<String, Double> extra = new LinkedHashMap<>();
    extra.put("a12", 0.8);
    extra.put("permutationP", Double.NaN);
    TestReport t =
        new TestReport(
            "BN - none @ batch 8",
            "directional",
            outcome,
            estimate,
            new double[] {0.01, Double.NaN},
            new double[] {Double.NEGATIVE_INFINITY, 0.2},
            0.004,
            Double.NaN,
            Double.POSITIVE_INFINITY,
            5,
            0.01,
            0.05,
            extra,
            Map.of("bn", List.of(0.97, 0.96), "none", List.of(0.91, Double.NaN)));
    Chart line =
        new Chart(
            "line",
            "test accuracy",
            "epoch",
            "accuracy",
            false,
            List.of(),
            List.of(
                new Series(
                    "BN", List.of(1.0, 2.0), List.of(0.9, Double.NaN), List.of(), List.of())),
            null,
            0,
            List.of());
    Chart heat =
        new Chart(
            "heatmap",
            "gamma",
            "channel",
            "step",
            false,
            List.of(),
            List.of(),
            new double[][] {{1, 1.1}, {Double.NaN, 0.9}},
            1,
            List.of(new Picture("unit 0", 2, 1, 1, new double[] {0, 1})));
    return new ClaimVerdict(
        id,
        "BN <helps> \"small\" batches",
        "000 section 2",
        outcome,
        "d = 0.03",
        "reduced",
        true,
        "batch 8, 20 epochs",
        "batch 8, 2 epochs",
        List.of("000 vs 004"),
        List.of(t),
        List.of(line, heat),
        5,
        2,
        0,
        12.5);
  }

  @Test
  void claimRoundTripKeepsEveryFieldAndNonFiniteValues() {
    ClaimVerdict v = claim("bn-helps-small-batches", Outcome.SUPPORTED, 0.03);
    Path f = VerdictJson.writeClaimTo(v, dir);
    assertEquals(dir.resolve("bn-helps-small-batches.json"), f);
    ClaimVerdict back = VerdictJson.readClaim(f);
    assertEquals(VerdictJson.toJson(v), VerdictJson.toJson(back));
    TestReport t = back.tests().get(0);
    assertTrue(Double.isNaN(t.pRefute()), "NaN primitive must not become 0");
    assertTrue(Double.isNaN(t.ci90()[1]));
    assertEquals(Double.NEGATIVE_INFINITY, t.ci95()[0]);
    assertEquals(Double.POSITIVE_INFINITY, t.effectSize());
    assertTrue(Double.isNaN(t.extra().get("permutationP")));
    assertTrue(Double.isNaN(t.arms().get("none").get(1)));
    assertTrue(Double.isNaN(back.charts().get(0).series().get(0).y().get(1)));
    assertTrue(Double.isNaN(back.charts().get(1).matrix()[1][0]));
    assertArrayEquals(new double[] {0, 1}, back.charts().get(1).pictures().get(0).pixels());
    assertEquals(Outcome.SUPPORTED, back.verdict());
    assertEquals("BN <helps> \"small\" batches", back.statement());
  }

  @Test
  void jsonUsesTheContractFieldNamesAndNullForNaN() throws IOException {
    Path f = VerdictJson.writeClaimTo(claim("x", Outcome.REFUTED, -1), dir);
    String json = Files.readString(f);
    for (String field :
        List.of(
            "\"id\"",
            "\"statement\"",
            "\"source\"",
            "\"verdict\" : \"REFUTED\"",
            "\"reason\"",
            "\"paperSetting\"",
            "\"runSetting\"",
            "\"tests\"",
            "\"estimate\"",
            "\"ci90\"",
            "\"pSupport\"",
            "\"pRefute\" : null",
            "\"effectSize\" : \"Infinity\"",
            "\"n\" : 5",
            "\"runs\"",
            "\"cacheHits\"",
            "\"seconds\"")) {
      assertTrue(json.contains(field), "missing " + field + " in\n" + json);
    }
    assertFalse(json.contains("NaN"), "NaN is not JSON");
  }

  @Test
  void directoryIsReadSortedByIdSkippingTemporaryFiles() throws IOException {
    VerdictJson.writeClaimTo(claim("zeta", Outcome.REFUTED, -1), dir);
    VerdictJson.writeClaimTo(claim("alpha", Outcome.SUPPORTED, 1), dir);
    Files.writeString(dir.resolve(".alpha.json123.tmp"), "{\"id\":");
    Files.writeString(dir.resolve("notes.txt"), "not a verdict");
    VerdictReport r = VerdictJson.readDirectory(dir, Instant.parse("2025-01-02T03:04:05Z"));
    assertEquals(List.of("alpha", "zeta"), r.claims().stream().map(ClaimVerdict::id).toList());
    assertEquals("reduced", r.profile());
    assertEquals("2025-01-02T03:04:05Z", r.generatedAt());
    try (var s = Files.list(dir)) {
      assertEquals(4, s.count(), "atomic writes leave no temporary file behind");
    }
  }

  @Test
  void reportRoundTrip() {
    VerdictReport r =
        new VerdictReport(
            "smoke", "2025-01-02T03:04:05Z", List.of(claim("a", Outcome.SKIPPED, Double.NaN)));
    Path f = dir.resolve("out/verdicts.json");
    VerdictJson.writeReport(r, f);
    VerdictReport back = VerdictJson.readReport(f);
    assertEquals(VerdictJson.toJson(r), VerdictJson.toJson(back));
    assertTrue(Double.isNaN(back.claims().get(0).tests().get(0).estimate()));
  }

  @Test
  void malformedFileErrorNamesTheFile() throws IOException {
    Path f = dir.resolve("broken.json");
    Files.writeString(f, "{\"id\": \"broken\", \"verdict\": ");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> VerdictJson.readDirectory(dir));
    assertTrue(e.getMessage().contains("broken.json"), e.getMessage());
  }

  @Test
  void unknownOutcomeAndMissingVerdictAreRejectedNamingTheFile() throws IOException {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"id\": \"bad\", \"verdict\": \"GREAT\"}");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> VerdictJson.readClaim(bad));
    assertTrue(e.getMessage().contains("bad.json") && e.getMessage().contains("GREAT"));
    Path none = dir.resolve("none.json");
    Files.writeString(none, "{\"id\": \"none\"}");
    e = assertThrows(IllegalArgumentException.class, () -> VerdictJson.readClaim(none));
    assertTrue(e.getMessage().contains("none.json") && e.getMessage().contains("'verdict'"));
  }

  @Test
  void duplicateIdsAcrossFilesAreRejected() throws IOException {
    VerdictJson.writeClaimTo(claim("same", Outcome.SUPPORTED, 1), dir);
    Files.copy(dir.resolve("same.json"), dir.resolve("copy.json"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> VerdictJson.readDirectory(dir));
    assertTrue(e.getMessage().contains("same"), e.getMessage());
  }
}
