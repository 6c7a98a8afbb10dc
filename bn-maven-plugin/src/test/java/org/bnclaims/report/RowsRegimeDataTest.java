package org.bnclaims.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.bnclaims.verdict.ClaimVerdict;
import org.bnclaims.verdict.Outcome;
import org.bnclaims.verdict.RegimeCheck;
import org.bnclaims.verdict.TestReport;
import org.bnclaims.verdict.VerdictReport;
import org.junit.jupiter.api.Test;

/** The blocks for parameterized rows, regime checks and data descriptions. */
class RowsRegimeDataTest {

  private static TestReport test(String name, Outcome o, String row) {
    return new TestReport(
            name,
            "directional",
            o,
            1.5,
            new double[] {0.5, 2.5},
            new double[] {0.3, 2.7},
            0.01,
            0.9,
            1.1,
            5,
            1.0,
            0.05,
            Map.of(),
            Map.of("A", List.of(1.0), "B", List.of(0.0)))
        .withRow(row);
  }

  private static ClaimVerdict claim(
      String id, List<TestReport> tests, List<RegimeCheck> checks, List<String> data) {
    return new ClaimVerdict(
        id,
        "A beats B",
        "src",
        Outcome.INCONCLUSIVE,
        "why",
        "reduced",
        true,
        "paper",
        "ran",
        List.of(),
        tests,
        List.of(),
        10,
        0,
        0,
        1.0,
        checks,
        "gpu profile, ~40 GPU-hours",
        data);
  }

  private static final List<TestReport> ROWS =
      List.of(
          test("MNIST: BN - none @ batch 8", Outcome.SUPPORTED, "MNIST batch 8"),
          test("MNIST: BN - none @ batch 32", Outcome.REFUTED, "MNIST batch 32"),
          test("slope", Outcome.INCONCLUSIVE, null));

  private static String section(ClaimVerdict c) {
    StringBuilder b = new StringBuilder();
    ClaimSection.render(b, c, 0, new Where(java.util.Map.of()));
    return b.toString();
  }

  @Test
  void regimeChecksShowThresholdValueAndTheDecidingProfile() {
    ClaimVerdict c =
        claim(
            "r",
            ROWS,
            List.of(
                new RegimeCheck("BN train acc (%)", ">=", 60, 41.25, false, "MNIST batch 8"),
                new RegimeCheck("loss drop (%)", "<=", 10, 5, true, null)),
            List.of());
    String html = section(c);
    assertTrue(html.contains("<h3>Regime checks</h3>"), html);
    assertTrue(html.contains("<td>BN train acc (%)</td><td>MNIST batch 8</td>"), html);
    assertTrue(html.contains("\u2265 60</td><td class=\"num\">41.3</td>"), html);
    assertTrue(html.contains("\u2264 10</td><td class=\"num\">5</td><td>reached</td>"), html);
    assertTrue(html.contains("<span class=\"tag\">not reached</span>"), html);
    assertTrue(html.contains("Would be decided by: gpu profile, ~40 GPU-hours"), html);
    assertTrue(RegimeBlock.mark(c).contains(RegimeBlock.NOT_REACHED));
    assertTrue(RegimeBlock.mark(c).contains("title=\"BN train acc (%): 41.3, needs \u2265 60"));
  }

  @Test
  void passedChecksGetATickAndNoDecidingProfile() {
    ClaimVerdict c =
        claim("p", ROWS, List.of(new RegimeCheck("acc", ">=", 60, 70, true, null)), List.of());
    assertTrue(RegimeBlock.mark(c).contains("regime \u2713"));
    assertFalse(section(c).contains("Would be decided by"));
  }

  @Test
  void rowsListTheirTestsAndOutcomes() {
    String html = section(claim("rows", ROWS, List.of(), List.of()));
    assertTrue(html.contains("<h3>Rows</h3>"), html);
    assertTrue(
        html.contains(
            "<tr><td>MNIST batch 32</td><td>MNIST: BN - none @ batch 32</td><td><span class=\"badge"
                + " b-REFUTED small\">REFUTED</span>"),
        html);
    String rows = html.substring(html.indexOf("<h3>Rows</h3>"));
    rows = rows.substring(0, rows.indexOf("</table>"));
    assertFalse(rows.contains("slope"), "a test outside any row is not a row");
  }

  @Test
  void dataDescriptionsAreListed() {
    String html =
        section(claim("d", ROWS, List.of(), List.of("mnist: 600 train / 180 test per class")));
    assertTrue(html.contains("<h3>Data</h3>\n<ul class=\"data\">\n<li>mnist: 600 train"), html);
  }

  @Test
  void anOldVerdictWithoutRowsChecksOrDataShowsNoneOfTheBlocks() {
    ClaimVerdict old =
        new ClaimVerdict(
            "old",
            "s",
            "src",
            Outcome.SUPPORTED,
            "why",
            "reduced",
            true,
            "p",
            "r",
            List.of(),
            List.of(test("A - B", Outcome.SUPPORTED, null)),
            List.of(),
            1,
            0,
            0,
            1.0);
    String html = section(old);
    assertFalse(html.contains("<h3>Rows</h3>"));
    assertFalse(html.contains("<h3>Regime checks</h3>"));
    assertFalse(html.contains("<h3>Data</h3>"));
    assertEquals("", RegimeBlock.mark(old));
  }

  @Test
  void summaryAndJUnitXmlNameTheRegimeAndTheRows() {
    ClaimVerdict c =
        claim("s", ROWS, List.of(new RegimeCheck("acc", ">=", 60, 41, false, null)), List.of());
    VerdictReport r = new VerdictReport("reduced", "2025-06-01T10:00:00Z", List.of(c));
    String page = HtmlPage.render(r, new Where(java.util.Map.of()));
    int summary = page.indexOf("<table class=\"summary\">");
    assertTrue(page.indexOf(RegimeBlock.NOT_REACHED, summary) > summary, page);
    String xml = JUnitXml.render(r);
    assertTrue(xml.contains("[MNIST batch 8] MNIST: BN - none @ batch 8 [SUPPORTED]"), xml);
  }
}
