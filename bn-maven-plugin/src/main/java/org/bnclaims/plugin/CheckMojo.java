package org.bnclaims.plugin;

import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.bnclaims.gate.GateResult;
import org.bnclaims.report.ReportRenderer;
import org.bnclaims.verdict.VerdictFiles;
import org.bnclaims.verdict.VerdictReport;

/**
 * Runs the claims in a forked JVM, writes the report ({@code index.html}, {@code verdicts.json},
 * JUnit XML) and fails the build according to {@code bn.failOn}: {@code refuted} (default), {@code
 * inconclusive}, {@code regression} (against the baseline file) or {@code never}. With {@code
 * bn.writeBaseline} it writes the baseline instead of gating.
 *
 * <p>Every setting, {@code bn.failOn} and the baseline file are checked before the verdict
 * directory is cleared and the claims start: a mistake costs seconds, not a whole run.
 */
@Mojo(
    name = "check",
    defaultPhase = LifecyclePhase.VERIFY,
    requiresDependencyResolution = ResolutionScope.TEST,
    threadSafe = true)
public class CheckMojo extends AbstractForkingMojo {

  /** Where the claims write one verdict per claim; cleared before the run. */
  @Parameter(defaultValue = "${project.build.directory}/bn-verdicts", readonly = true)
  File verdictDirectory;

  /** Where the report goes. */
  @Parameter(property = "bn.reportDirectory", defaultValue = "${project.build.directory}/bn-report")
  File reportDirectory;

  /**
   * When the build fails: {@code refuted}, {@code inconclusive}, {@code regression}, {@code never}.
   */
  @Parameter(property = "bn.failOn", defaultValue = "refuted")
  String failOn;

  /** The committed baseline of verdicts for {@code failOn=regression}. */
  @Parameter(property = "bn.baseline", defaultValue = "${basedir}/bn-baseline.json")
  File baseline;

  /** Writes the baseline file from this run's verdicts instead of gating. */
  @Parameter(property = "bn.writeBaseline", defaultValue = "false")
  boolean writeBaseline;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("bn: skipped (bn.skip)");
      return;
    }
    GateStep gateStep;
    try {
      gateStep = GateStep.prepare(failOn, baseline.toPath(), writeBaseline);
    } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
      throw new MojoExecutionException("bn: " + e.getMessage(), e);
    }
    Path verdicts = verdictDirectory.toPath();
    ForkSettings settings =
        settings(verdicts, Optional.of(Path.of(project.getBuild().getDirectory(), "bn-junit")));
    VerdictCollector.prepare(verdicts);
    ForkRunner.Result fork =
        fork(
            ForkCommand.java(Path.of(System.getProperty("java.home"))).settings(settings), "check");
    VerdictFiles read;
    try {
      read = VerdictCollector.collect(verdicts, fork, timeout(), Instant.now());
    } catch (VerdictCollector.ForkFailedException | IllegalArgumentException e) {
      throw new MojoExecutionException("bn: " + e.getMessage(), e);
    }
    VerdictReport report = read.report();
    if (fork.exitCode() != 0) {
      getLog()
          .warn(
              "bn: the claims JVM exited with status "
                  + fork.exitCode()
                  + "; judging the "
                  + report.claims().size()
                  + " verdict(s) it wrote");
    }
    Path out = reportDirectory.toPath();
    ReportMojo.render(read, out);
    getLog().info("bn: verdicts of profile " + report.profile() + ":");
    SummaryTable.lines(report).forEach(l -> getLog().info("  " + l));
    getLog().info("bn: report " + out.resolve(ReportRenderer.INDEX));
    GateResult gate = gateStep.apply(report);
    for (String m : gate.messages()) {
      if (gate.fail()) {
        getLog().warn("bn: " + m);
      } else {
        getLog().info("bn: " + m);
      }
    }
    if (gate.fail()) {
      throw new MojoFailureException(
          "bn: failOn=" + failOn + " failed the build: " + String.join("; ", gate.messages()));
    }
  }
}
