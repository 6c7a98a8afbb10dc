package org.bnclaims.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.bnclaims.verdict.Chart;
import org.bnclaims.verdict.ClaimVerdict;
import org.bnclaims.verdict.VerdictJson;
import org.bnclaims.verdict.VerdictReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class ReportRendererTest {

  @TempDir Path out;

  private String render(VerdictReport r) throws IOException {
    ReportRenderer.render(r, out);
    return Files.readString(out.resolve("index.html"));
  }

  static int count(String haystack, String needle) {
    int n = 0;
    for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }

  @Test
  void writesTheThreeFiles() throws IOException {
    VerdictReport r = Fixtures.reduced();
    render(r);
    assertTrue(Files.size(out.resolve("index.html")) > 10_000);
    assertTrue(Files.isRegularFile(out.resolve("junit/TEST-bn-claims.xml")));
    VerdictReport back = VerdictJson.readReport(out.resolve("verdicts.json"));
    assertEquals(VerdictJson.toJson(r), VerdictJson.toJson(back));
  }

  @Test
  void summaryHasOneRowPerClaimWithBadgeAnchorAndTheDecidingTestsEffect() throws IOException {
    String html = render(Fixtures.reduced());
    String summary = html.substring(html.indexOf("<table class=\"summary\">"));
    summary = summary.substring(0, summary.indexOf("</table>"));
    assertEquals(4, count(summary, "<tr><td>"));
    for (String id :
        List.of(
            "affine-irrelevant-3c3d",
            "bn-faster-with-sgd",
            "bn-helps-small-batches",
            "bn-param-sign-pattern")) {
      assertTrue(summary.contains("href=\"#claim-" + id + "\""), id);
      assertTrue(html.contains("<section class=\"claim\" id=\"claim-" + id + "\">"), id);
    }
    for (String badge : List.of("SUPPORTED", "REFUTED", "INCONCLUSIVE", "SKIPPED")) {
      assertEquals(1, count(summary, "class=\"badge b-" + badge + "\">" + badge), badge);
    }
    // The test that decided each verdict (fixture files), not the first one: SUPPORTED by the
    // weakest support (batch 256 has the largest p_support, 0.012; batch 8 comes first), REFUTED by
    // the smallest p_refute, INCONCLUSIVE by the first test that is not SUPPORTED. Three
    // significant digits need at most three decimals, shared by the estimate and its interval.
    assertTrue(
        summary.contains(
            "<span class=\"test-name\">BN \u2212 none @ batch 256</span> +0.007"
                + " <span class=\"muted\">[+0.003, +0.011]</span>"),
        summary);
    assertFalse(summary.contains("+0.031"), "batch 8 did not decide the verdict");
    assertTrue(
        summary.contains(
            "<span class=\"test-name\">mean beta, intermediate layers &lt;= 0</span> +0.0121"),
        summary);
    assertTrue(
        summary.contains(
            "<span class=\"test-name\">loss gap (none \u2212 BN) at epoch 1, SGD</span> +0.043"),
        summary);
    assertTrue(summary.contains("deciding test: effect [90% CI]"), summary);
    assertEquals(3, count(html, "decided the verdict</span>"), "one marked row per claim that ran");
    assertTrue(
        html.contains("<tr><td>BN \u2212 none @ batch 256 <span class=\"tag decided\">"), html);
    assertTrue(summary.contains("12 / 40"), "cache hits / runs");
    assertTrue(summary.contains("3 min 07 s"), "187.4 s");
  }

  @Test
  void claimSectionsShowSettingsConflictsStatisticsAndSeeds() throws IOException {
    String html = render(Fixtures.reduced());
    assertEquals(4, count(html, "<table class=\"settings\">"));
    assertTrue(html.contains("MNIST, full 60,000 training images\nMLP 784-100-100-100-10"));
    assertTrue(html.contains("document 004&#39;s tables find BN hurts at batch 2"));
    // 5 + 3 + 2 tests in the three claims that ran, one statistics row each.
    Matcher stats =
        Pattern.compile("<table class=\"stats\">(.*?)</table>", Pattern.DOTALL).matcher(html);
    int rows = 0;
    while (stats.find()) {
      rows += count(stats.group(1), "<tr><td>");
    }
    assertEquals(10, rows);
    assertTrue(html.contains("per-seed values: BN \u2212 none @ batch 8"));
    assertTrue(html.contains("1 diverged (kept with their metric)"));
  }

  @Test
  void everyChartIsOneInlineSvgWithItsOwnIds() throws IOException {
    VerdictReport r = Fixtures.reduced();
    String html = render(r);
    int charts = r.claims().stream().mapToInt(c -> c.charts().size()).sum();
    assertEquals(12, charts);
    assertEquals(charts, count(html, "<svg "));
    assertEquals(charts, count(html, "</svg>"));
    List<String> ids = new ArrayList<>();
    Matcher m = Pattern.compile("<svg id='([^']+)'").matcher(html);
    while (m.find()) {
      ids.add(m.group(1));
    }
    assertEquals(charts, ids.stream().distinct().count(), "svg ids " + ids);
    Matcher clip = Pattern.compile("clipPath id='([^']+)'").matcher(html);
    List<String> clips = new ArrayList<>();
    while (clip.find()) {
      clips.add(clip.group(1));
    }
    assertEquals(clips.size(), clips.stream().distinct().count(), "clip ids clash");
    // 6 heatmaps (one raster each) + 16 weight images + 10 class visualizations.
    assertEquals(6 + 16 + 10, count(html, "<image "));
  }

  @Test
  void pageHasNoExternalReferencesAndNoScript() throws IOException {
    String html = render(Fixtures.reduced());
    String withoutNamespaces = html.replaceAll("xmlns(:\\w+)?='[^']*'", "");
    assertFalse(withoutNamespaces.contains("http://"), "external http reference");
    assertFalse(withoutNamespaces.contains("https://"), "external https reference");
    assertFalse(html.toLowerCase().contains("<script"));
    assertFalse(html.toLowerCase().contains("<link"));
    assertFalse(html.contains("@import"));
    assertFalse(html.contains("url(http"));
  }

  @Test
  void junitXmlCountsAndMessagesParse() throws Exception {
    render(Fixtures.reduced());
    Document doc =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(out.resolve("junit/TEST-bn-claims.xml").toFile());
    Element suite = doc.getDocumentElement();
    assertEquals("testsuite", suite.getTagName());
    assertEquals("4", suite.getAttribute("tests"));
    assertEquals("1", suite.getAttribute("failures"));
    assertEquals("2", suite.getAttribute("skipped"));
    assertEquals(4, doc.getElementsByTagName("testcase").getLength());
    Element failure = (Element) doc.getElementsByTagName("failure").item(0);
    assertTrue(failure.getAttribute("message").startsWith("Intermediate beta is positive"));
    assertTrue(failure.getTextContent().contains("90% CI [+0.0071, +0.0171]"));
    assertEquals(2, doc.getElementsByTagName("skipped").getLength());
  }

  @Test
  void smokeProfileGetsTheBannerAndNotEvidenceLabels() throws IOException {
    String smoke = render(Fixtures.smoke());
    assertTrue(smoke.contains(">smoke profile: synthetic data, not evidence</div>"));
    // Two claims with evidence=false: one label in the summary and one in the section each.
    assertEquals(4, count(smoke, "<span class=\"tag\">not evidence</span>"));
    assertEquals(2, count(smoke, "<svg "));
    String reduced = render(Fixtures.reduced());
    assertFalse(reduced.contains("smoke profile"));
    assertFalse(reduced.contains("not evidence</span>"));
  }

  @Test
  void unknownChartTypeFailsNamingClaimAndValidTypes() {
    VerdictReport r = Fixtures.smoke();
    ClaimVerdict c = r.claims().get(0);
    Chart bad = new Chart("pie", "shares", "", "", false, List.of(), List.of(), null, 0, List.of());
    ClaimVerdict withBad =
        new ClaimVerdict(
            c.id(),
            c.statement(),
            c.source(),
            c.verdict(),
            c.reason(),
            c.profile(),
            c.evidence(),
            c.paperSetting(),
            c.runSetting(),
            c.conflicts(),
            c.tests(),
            List.of(bad),
            c.runs(),
            c.cacheHits(),
            c.failures(),
            c.seconds());
    VerdictReport report = new VerdictReport("smoke", "now", List.of(withBad));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ReportRenderer.render(report, out));
    assertTrue(e.getMessage().contains(c.id()), e.getMessage());
    assertTrue(e.getMessage().contains("line, bar, heatmap, images"), e.getMessage());
  }
}
