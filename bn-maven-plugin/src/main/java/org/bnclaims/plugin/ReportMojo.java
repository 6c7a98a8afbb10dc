package org.bnclaims.plugin;

import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.bnclaims.report.ReportRenderer;
import org.bnclaims.verdict.VerdictJson;
import org.bnclaims.verdict.VerdictReport;

/**
 * Renders the report from verdict files that already exist (by default the last {@code check}'s),
 * without running anything and without gating. It writes {@code target/bn-report}; {@link
 * SiteReportMojo} ({@code site-report}) does the same as a Maven site report.
 */
@Mojo(name = "report", threadSafe = true)
public class ReportMojo extends AbstractMojo {

  /** The directory of {@code <id>.json} verdict files. */
  @Parameter(property = "bn.verdictDir", defaultValue = "${project.build.directory}/bn-verdicts")
  private File verdictDirectory;

  /** Where the report goes. */
  @Parameter(property = "bn.reportDirectory", defaultValue = "${project.build.directory}/bn-report")
  private File reportDirectory;

  /** Skips the goal. */
  @Parameter(property = "bn.skip", defaultValue = "false")
  private boolean skip;

  @Override
  public void execute() throws MojoExecutionException {
    if (skip) {
      getLog().info("bn: skipped (bn.skip)");
      return;
    }
    VerdictReport report = read(verdictDirectory.toPath());
    Path out = reportDirectory.toPath();
    ReportRenderer.render(report, out);
    SummaryTable.lines(report).forEach(l -> getLog().info("  " + l));
    getLog().info("bn: report " + out.resolve(ReportRenderer.INDEX));
  }

  /** Reads the verdicts; a missing directory or one without verdicts fails, saying what to run. */
  static VerdictReport read(Path dir) throws MojoExecutionException {
    try {
      VerdictReport report = VerdictJson.readDirectory(dir, Instant.now());
      if (report.claims().isEmpty()) {
        throw new IllegalArgumentException("verdict directory " + dir + " holds no verdict");
      }
      return report;
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException(
          "bn: " + e.getMessage() + " (run `mvn verify` or bn:check first, or set bn.verdictDir)",
          e);
    }
  }
}
