package org.bnclaims.plugin;

import java.io.File;
import java.util.Locale;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;
import org.bnclaims.report.ReportRenderer;
import org.bnclaims.verdict.ClaimVerdict;
import org.bnclaims.verdict.VerdictFiles;
import org.bnclaims.verdict.VerdictReport;

/**
 * The verdict report as a Maven site report: listed under {@code <reporting>}, {@code mvn site}
 * renders the existing verdict files (of the last {@code check}) with the same renderer as the
 * {@code report} goal into {@code bn-report/} of the site, and adds a site page with one row per
 * claim that links to it. Nothing runs and nothing is gated.
 */
@Mojo(name = "site-report", threadSafe = true)
public class SiteReportMojo extends AbstractMavenReport {

  /** The site page's name, without extension. */
  static final String OUTPUT_NAME = "bn-claims";

  /** The folder of the full report, relative to the site's output directory. */
  static final String REPORT_FOLDER = "bn-report";

  /** The directory of {@code <id>.json} verdict files. */
  @Parameter(property = "bn.verdictDir", defaultValue = "${project.build.directory}/bn-verdicts")
  File verdictDirectory;

  @Override
  public String getOutputName() {
    return OUTPUT_NAME;
  }

  @Override
  public String getName(Locale locale) {
    return "BN claims";
  }

  @Override
  public String getDescription(Locale locale) {
    return "Statistical verdicts of the Batch Normalization claims, from the last bn:check.";
  }

  /** Only a build whose claims ran has verdicts to show; otherwise the site leaves the page out. */
  @Override
  public boolean canGenerateReport() {
    return verdictDirectory != null && verdictDirectory.isDirectory();
  }

  @Override
  protected void executeReport(Locale locale) throws MavenReportException {
    VerdictReport report;
    try {
      VerdictFiles read = ReportMojo.read(verdictDirectory.toPath());
      report = read.report();
      ReportMojo.render(read, getReportOutputDirectory().toPath().resolve(REPORT_FOLDER));
    } catch (org.apache.maven.plugin.MojoExecutionException e) {
      throw new MavenReportException(e.getMessage(), e);
    }
    Sink sink = getSink();
    sink.head();
    sink.title();
    sink.text(getName(locale));
    sink.title_();
    sink.head_();
    sink.body();
    sink.section1();
    sink.sectionTitle1();
    sink.text(getName(locale) + " (profile " + report.profile() + ")");
    sink.sectionTitle1_();
    sink.paragraph();
    sink.link(REPORT_FOLDER + "/" + ReportRenderer.INDEX);
    sink.text("Full report: statistics, charts and settings of every claim");
    sink.link_();
    sink.paragraph_();
    sink.table();
    sink.tableRows();
    row(sink, true, "Claim", "Verdict", "Evidence");
    for (ClaimVerdict c : report.claims()) {
      row(sink, false, c.id(), c.verdict().name(), c.evidence() ? "yes" : "no (smoke profile)");
    }
    sink.tableRows_();
    sink.table_();
    sink.section1_();
    sink.body_();
  }

  private static void row(Sink sink, boolean header, String... cells) {
    sink.tableRow();
    for (String cell : cells) {
      if (header) {
        sink.tableHeaderCell();
        sink.text(cell);
        sink.tableHeaderCell_();
      } else {
        sink.tableCell();
        sink.text(cell);
        sink.tableCell_();
      }
    }
    sink.tableRow_();
  }
}
