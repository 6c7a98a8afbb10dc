package org.bnclaims.plugin;

import java.io.File;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.bnclaims.report.ReportRenderer;
import org.bnclaims.verdict.VerdictFiles;
import org.bnclaims.verdict.VerdictJson;

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
    VerdictFiles read = read(verdictDirectory.toPath());
    Path out = reportDirectory.toPath();
    render(read, out);
    SummaryTable.lines(read.report()).forEach(l -> getLog().info("  " + l));
    getLog().info("bn: report " + out.resolve(ReportRenderer.INDEX));
  }

  /**
   * Reads the verdicts; a missing directory or one without verdicts fails, saying what to run, and
   * a bad verdict file fails naming the file, the claim and the field.
   */
  static VerdictFiles read(Path dir) throws MojoExecutionException {
    String hint = " (run `mvn verify` or bn:check first, or set bn.verdictDir)";
    if (!Files.isDirectory(dir)) {
      throw new MojoExecutionException("bn: verdict directory " + dir + " does not exist" + hint);
    }
    VerdictFiles read;
    try {
      read = VerdictJson.readFiles(dir, Instant.now());
    } catch (IllegalArgumentException | UncheckedIOException e) {
      throw new MojoExecutionException("bn: " + e.getMessage(), e);
    }
    if (read.report().claims().isEmpty()) {
      throw new MojoExecutionException("bn: verdict directory " + dir + " holds no verdict" + hint);
    }
    return read;
  }

  /**
   * Renders the report of {@code read} into {@code out}; an input the renderer refuses fails the
   * goal with the renderer's message (file, claim, field) and leaves the old report in place.
   */
  static void render(VerdictFiles read, Path out) throws MojoExecutionException {
    try {
      ReportRenderer.render(read.report(), read.fileById(), out);
    } catch (IllegalArgumentException | UncheckedIOException e) {
      throw new MojoExecutionException("bn: the report was not written: " + e.getMessage(), e);
    }
  }
}
