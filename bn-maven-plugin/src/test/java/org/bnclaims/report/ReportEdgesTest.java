package org.bnclaims.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.bnclaims.verdict.Chart;
import org.bnclaims.verdict.ClaimVerdict;
import org.bnclaims.verdict.Outcome;
import org.bnclaims.verdict.Series;
import org.bnclaims.verdict.TestReport;
import org.bnclaims.verdict.VerdictFiles;
import org.bnclaims.verdict.VerdictJson;
import org.bnclaims.verdict.VerdictReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs a user or an adversary can put in verdict files: the report is written whole or not at
 * all, and every refusal names the verdict file, the claim and the field.
 */
class ReportEdgesTest {

  @TempDir Path tmp;

  private static TestReport test(String name, Map<String, Double> extra) {
    return new TestReport(
        name,
        "directional",
        Outcome.SUPPORTED,
        0.05,
        new double[] {0.04, 0.06},
        new double[] {0.035, 0.065},
        0.01,
        0.9,
        1.2,
        5,
        0.02,
        0.05,
        extra,
        Map.of());
  }

  private static ClaimVerdict claim(String id, String statement, List<Chart> charts) {
    return new ClaimVerdict(
        id,
        statement,
        "fixture",
        Outcome.SUPPORTED,
        "supported",
        "smoke",
        false,
        "paper",
        "run",
        List.of(),
        List.of(test("A - B", Map.of())),
        charts,
        5,
        0,
        0,
        1.0);
  }

  private static Chart line(List<Double> y) {
    List<Double> x = java.util.stream.IntStream.range(0, y.size()).mapToObj(i -> 1.0 + i).toList();
    return new Chart(
        "line",
        "loss",
        "epoch",
        "loss",
        false,
        List.of(),
        List.of(new Series("BN", x, y, List.of(), List.of())),
        null,
        0,
        List.of());
  }

  /** Writes {@code c} as {@code <id>.json} with {@code edit} applied to its JSON text. */
  private Path verdictFile(ClaimVerdict c, String from, String to) throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("verdicts"));
    String json = VerdictJson.toJson(c);
    assertTrue(json.contains(from), json);
    return Files.writeString(dir.resolve(c.id() + ".json"), json.replace(from, to));
  }

  @Test
  void aLoneSurrogateIsReplacedInAllThreeFiles() throws Exception {
    Path file = verdictFile(claim("odd-text", "BN helps XX", List.of()), "XX", "\\ud800");
    VerdictFiles read = VerdictJson.readFiles(file.getParent(), Fixtures.AT);
    assertEquals("BN helps \ud800", read.report().claims().get(0).statement());
    Path out = tmp.resolve("report");
    ReportRenderer.render(read.report(), read.fileById(), out);
    byte[] json = Files.readAllBytes(out.resolve("verdicts.json"));
    assertTrue(new String(json, StandardCharsets.UTF_8).contains("BN helps \uFFFD"));
    assertEquals(
        "BN helps \uFFFD",
        VerdictJson.readReport(out.resolve("verdicts.json")).claims().get(0).statement());
    assertTrue(Files.readString(out.resolve("index.html")).contains("BN helps \uFFFD"));
    DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(out.resolve(ReportRenderer.JUNIT).toFile());
  }

  @Test
  void aVerdictThatCannotBeWrittenAsJsonStillWritesThroughVerdictJson() throws Exception {
    Path file = tmp.resolve("x.json");
    VerdictJson.writeClaim(claim("odd", "a \udc00 b", List.of()), file);
    assertEquals("a \uFFFD b", VerdictJson.readClaim(file).statement());
  }

  @Test
  void aReportThatCannotBeRenderedLeavesTheOldOneUntouched() throws Exception {
    Path out = tmp.resolve("report");
    ReportRenderer.render(Fixtures.smoke(), out);
    byte[] html = Files.readAllBytes(out.resolve(ReportRenderer.INDEX));
    byte[] json = Files.readAllBytes(out.resolve(VerdictJson.REPORT_FILE));
    byte[] xml = Files.readAllBytes(out.resolve(ReportRenderer.JUNIT));
    Chart pie = new Chart("pie", "shares", "", "", false, List.of(), List.of(), null, 0, List.of());
    VerdictReport bad =
        new VerdictReport("smoke", "later", List.of(claim("has-pie", "s", List.of(pie))));
    assertThrows(IllegalArgumentException.class, () -> ReportRenderer.render(bad, out));
    assertArrayEquals(html, Files.readAllBytes(out.resolve(ReportRenderer.INDEX)));
    assertArrayEquals(json, Files.readAllBytes(out.resolve(VerdictJson.REPORT_FILE)));
    assertArrayEquals(xml, Files.readAllBytes(out.resolve(ReportRenderer.JUNIT)));
    try (var left = Files.list(tmp)) {
      assertEquals(List.of(out), left.filter(p -> !p.equals(tmp.resolve("verdicts"))).toList());
    }
  }

  @Test
  void aNullListEntryNamesTheFileTheClaimAndTheField() throws Exception {
    Path tests =
        verdictFile(claim("null-test", "s", List.of()), "\"tests\" : [", "\"tests\" : [ null,");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> VerdictJson.readFiles(tests.getParent(), Fixtures.AT));
    assertEquals(
        "verdict file "
            + tests
            + ", claim 'null-test': tests[0] is null; only a number may be null in a list (it"
            + " reads as NaN)",
        e.getMessage());
    Files.delete(tests);
    Path series =
        verdictFile(
            claim("null-series", "s", List.of(line(List.of(1.0, 2.0)))),
            "\"series\" : [",
            "\"series\" : [ null,");
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> VerdictJson.readFiles(series.getParent(), Fixtures.AT));
    assertTrue(e.getMessage().contains(series.toString()), e.getMessage());
    assertTrue(
        e.getMessage().contains("claim 'null-series': charts[0].series[0] is null"),
        e.getMessage());
  }

  @Test
  void aNullNumberInAListIsNaNNotAnError() throws Exception {
    Path file =
        verdictFile(
            claim("nan-point", "s", List.of(line(List.of(1.0, 2.0)))),
            "\"y\" : [ 1.0,",
            "\"y\" : [ null,");
    ClaimVerdict c = VerdictJson.readClaim(file);
    assertTrue(Double.isNaN(c.charts().get(0).series().get(0).y().get(0)));
  }

  @Test
  void aHugeChartValueIsLeftOutAndCounted() throws Exception {
    Chart bar =
        new Chart(
            "bar",
            "gain",
            "batch",
            "gain",
            false,
            List.of("8", "32"),
            List.of(new Series("BN", List.of(), List.of(0.02, 1e308), List.of(), List.of())),
            null,
            0,
            List.of());
    Chart heat =
        new Chart(
            "heatmap",
            "gamma",
            null,
            "step",
            false,
            List.of(),
            List.of(),
            new double[][] {{1.0, 1.1}, {0.9, -1e308}},
            1.0,
            List.of());
    ClaimVerdict c = claim("huge", "s", List.of(line(List.of(0.5, 1e308, 0.7, 1e100)), bar, heat));
    Path out = tmp.resolve("report");
    ReportRenderer.render(new VerdictReport("smoke", "now", List.of(c)), out);
    String html = Files.readString(out.resolve(ReportRenderer.INDEX));
    assertEquals(3, ReportRendererTest.count(html, "<svg "));
    assertEquals(
        3,
        ReportRendererTest.count(
            html, "<p class=\"note\">1 value beyond \u00b11.00e+100 not drawn"),
        html);
  }

  @Test
  void aChartThatCannotBeDrawnNamesTheFileTheClaimAndTheChart() throws Exception {
    Chart heat =
        new Chart(
            "heatmap",
            "gamma",
            null,
            "step",
            false,
            List.of(),
            List.of(),
            new double[][] {{1.0}},
            1e308,
            List.of());
    ClaimVerdict c = claim("bad-centre", "s", List.of(line(List.of(1.0)), heat));
    Path source = tmp.resolve("verdicts/bad-centre.json");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ReportRenderer.render(
                    new VerdictReport("smoke", "now", List.of(c)),
                    Map.of("bad-centre", source),
                    tmp.resolve("report")));
    assertTrue(
        e.getMessage()
            .startsWith(
                "verdict file " + source + ", claim 'bad-centre', charts[1] ('gamma'): cannot"),
        e.getMessage());
    assertFalse(Files.exists(tmp.resolve("report")), "nothing written");
  }

  @Test
  void aReportFolderWithOtherFilesIsRefusedBeforeWriting() throws Exception {
    Path out = Files.createDirectories(tmp.resolve("site"));
    Files.writeString(out.resolve("about.html"), "mine");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> ReportRenderer.render(Fixtures.smoke(), out));
    assertTrue(e.getMessage().contains("about.html"), e.getMessage());
    assertEquals("mine", Files.readString(out.resolve("about.html")));
    assertFalse(Files.exists(out.resolve(ReportRenderer.INDEX)));
  }

  @Test
  void furtherStatisticsGetAFullWidthRowOfReadableItems() throws Exception {
    TestReport t =
        test(
            "A - B",
            Map.of(
                "a12",
                0.92,
                "a12Lo",
                0.7,
                "a12Hi",
                1.0,
                "wins",
                5.0,
                "winsOf",
                5.0,
                "permutationP",
                0.031,
                "disagreement",
                0.0,
                "se",
                0.004,
                "df",
                4.0,
                "looks",
                2.0));
    ClaimVerdict base = claim("extras", "s", List.of());
    ClaimVerdict c =
        new ClaimVerdict(
            base.id(),
            base.statement(),
            base.source(),
            base.verdict(),
            base.reason(),
            base.profile(),
            base.evidence(),
            base.paperSetting(),
            base.runSetting(),
            base.conflicts(),
            List.of(t),
            base.charts(),
            5,
            0,
            0,
            1.0);
    Path out = tmp.resolve("report");
    ReportRenderer.render(new VerdictReport("smoke", "now", List.of(c)), out);
    String html = Files.readString(out.resolve(ReportRenderer.INDEX));
    assertTrue(
        html.contains(
            "<tr class=\"more\"><td colspan=\"12\"><ul class=\"extras\">"
                + "<li>P(A&gt;B) (A12) 0.92 [0.7, 1]</li><li>wins 5/5</li>"
                + "<li>sign-flip p 0.031</li><li>se 0.004, df 4</li><li>looks 2</li></ul></td></tr>"),
        html);
    assertFalse(html.contains("<th>more</th>"), "no narrow last column");
  }
}
