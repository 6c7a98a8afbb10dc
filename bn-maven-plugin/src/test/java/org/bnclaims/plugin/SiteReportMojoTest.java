package org.bnclaims.plugin;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.maven.doxia.sink.impl.Xhtml5BaseSink;
import org.apache.maven.reporting.MavenReportException;
import org.bnclaims.report.ReportRenderer;
import org.bnclaims.verdict.Outcome;
import org.bnclaims.verdict.VerdictJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteReportMojoTest {

  @Test
  void rendersTheReportIntoTheSiteAndOneRowPerClaimIntoThePage(@TempDir Path tmp) throws Exception {
    Path verdicts = Files.createDirectories(tmp.resolve("verdicts"));
    VerdictJson.writeClaimTo(VerdictCollectorTest.verdict("b-refuted", Outcome.REFUTED), verdicts);
    VerdictJson.writeClaimTo(
        VerdictCollectorTest.verdict("a-supported", Outcome.SUPPORTED), verdicts);
    Path site = tmp.resolve("site");
    SiteReportMojo mojo = new SiteReportMojo();
    mojo.verdictDirectory = verdicts.toFile();
    mojo.setReportOutputDirectory(site.toFile());
    StringWriter page = new StringWriter();

    assertTrue(mojo.canGenerateReport());
    mojo.generate(new Xhtml5BaseSink(page) {}, Locale.ROOT);

    String html = page.toString();
    assertTrue(html.contains("a-supported") && html.contains("SUPPORTED"), html);
    assertTrue(html.contains("b-refuted") && html.contains("REFUTED"), html);
    assertTrue(html.contains("bn-report/index.html"), html);
    String index = Files.readString(site.resolve("bn-report").resolve(ReportRenderer.INDEX));
    assertTrue(index.contains("a-supported") && index.contains("b-refuted"));
    assertTrue(Files.isRegularFile(site.resolve("bn-report/verdicts.json")));
  }

  @Test
  void aMissingVerdictDirectoryLeavesThePageOutAndAnEmptyOneFails(@TempDir Path tmp) {
    SiteReportMojo mojo = new SiteReportMojo();
    mojo.verdictDirectory = tmp.resolve("absent").toFile();
    mojo.setReportOutputDirectory(tmp.resolve("site").toFile());
    assertFalse(mojo.canGenerateReport());

    mojo.verdictDirectory = tmp.toFile();
    MavenReportException e =
        assertThrows(
            MavenReportException.class,
            () -> mojo.generate(new Xhtml5BaseSink(new StringWriter()) {}, Locale.ROOT));
    assertTrue(e.getMessage().contains("holds no verdict"), e.getMessage());
  }
}
