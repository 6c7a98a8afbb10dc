package org.bnclaims.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.bnclaims.verdict.Chart;
import org.bnclaims.verdict.ClaimVerdict;
import org.bnclaims.verdict.Outcome;
import org.bnclaims.verdict.Series;
import org.bnclaims.verdict.TestReport;
import org.bnclaims.verdict.VerdictReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class EscapingTest {

  static final String SCRIPT = "<script>alert(1)</script>";

  @TempDir Path out;

  @Test
  void escapesTheFiveCharactersAndReplacesXmlIllegalOnes() {
    assertEquals("&lt;a href=&quot;x&quot;&gt;&amp;&#39;", Html.escape("<a href=\"x\">&'"));
    assertEquals("a\uFFFDb\tc\n", Html.escape("a\u0001b\tc\n"));
    assertEquals("\uFFFD", Html.escape("\uD800"), "unpaired surrogate");
    assertEquals("\uD83D\uDE00", Html.escape("\uD83D\uDE00"), "a valid pair is kept");
    assertEquals("", Html.escape(null));
  }

  /** A REFUTED claim whose every string carries markup, quotes and a control character. */
  static VerdictReport hostile() {
    String evil = SCRIPT + " & \"q\" 'a' \u0007";
    TestReport t =
        new TestReport(
            "<img src=x onerror=alert(2)>",
            "<b>kind</b>",
            Outcome.REFUTED,
            -1,
            new double[] {-2, 0},
            new double[] {-2.5, 0.5},
            0.9,
            0.01,
            -1,
            5,
            0.5,
            0.05,
            java.util.Map.of("<i>x</i>", 1.0),
            java.util.Map.of("<u>arm</u>", List.of(1.0, 2.0)));
    Chart chart =
        new Chart(
            "line",
            "<em>title</em>",
            "<x>",
            "<y>",
            false,
            List.of(),
            List.of(
                new Series(
                    "<s>series</s>", List.of(1.0, 2.0), List.of(1.0, 2.0), List.of(), List.of())),
            null,
            0,
            List.of());
    ClaimVerdict c =
        new ClaimVerdict(
            "evil-claim",
            evil,
            evil,
            Outcome.REFUTED,
            evil,
            "<prof>",
            false,
            evil,
            evil,
            List.of(evil),
            List.of(t),
            List.of(chart),
            5,
            0,
            0,
            1);
    return new VerdictReport("<smoke>", "<now>", List.of(c));
  }

  @Test
  void noMarkupFromVerdictsReachesThePage() throws Exception {
    ReportRenderer.render(hostile(), out);
    String html = Files.readString(out.resolve("index.html"));
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "statement shown as text");
    assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"), "raw script tag");
    for (String raw :
        List.of(
            "<img",
            "<b>kind",
            "<i>x",
            "<u>arm",
            "<em>title",
            "<s>series",
            "<x>",
            "<y>",
            "<prof>",
            "<smoke>",
            "<now>")) {
      assertFalse(html.contains(raw), raw);
    }
    assertFalse(html.contains("\u0007"), "control character");
    assertTrue(html.contains("&lt;s&gt;series&lt;/s&gt;"), "legend text in the SVG is escaped");
  }

  @Test
  void junitXmlStaysWellFormedAndCarriesTheTextBack() throws Exception {
    ReportRenderer.render(hostile(), out);
    Document doc =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(out.resolve("junit/TEST-bn-claims.xml").toFile());
    Element failure = (Element) doc.getElementsByTagName("failure").item(0);
    assertEquals(SCRIPT + " & \"q\" 'a' \uFFFD", failure.getAttribute("message"));
    assertTrue(failure.getTextContent().contains("<img src=x onerror=alert(2)>"));
  }
}
