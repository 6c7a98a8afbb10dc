package org.bnclaims.plugin;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.bnclaims.verdict.ClaimVerdict;
import org.bnclaims.verdict.VerdictReport;

/**
 * Prints every selected claim with its statement, source, paper setting and the setting of the
 * chosen profile, without training anything. It runs the claim classes with {@code bn.list=true},
 * under which the claim extension only describes each claim: it writes a SKIPPED verdict carrying
 * the description to {@code target/bn-list/<id>.json} and aborts the claim before any run.
 */
@Mojo(name = "list", requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
public class ListMojo extends AbstractForkingMojo {

  @Override
  public void execute() throws MojoExecutionException {
    if (skip) {
      getLog().info("bn: skipped (bn.skip)");
      return;
    }
    Path dir = Path.of(project.getBuild().getDirectory(), "bn-list");
    VerdictCollector.prepare(dir);
    ForkCommand command =
        ForkCommand.java(Path.of(System.getProperty("java.home")))
            .settings(settings(dir, Optional.empty()))
            .property("bn.list", true);
    ForkRunner.Result fork = fork(command, "list");
    VerdictReport described;
    try {
      described = VerdictCollector.collect(dir, fork, timeout(), Instant.now());
    } catch (VerdictCollector.ForkFailedException | IllegalArgumentException e) {
      throw new MojoExecutionException("bn: " + e.getMessage(), e);
    }
    getLog().info("bn: " + described.claims().size() + " claim(s), profile " + profile + ":");
    for (ClaimVerdict c : described.claims()) {
      ClaimListing.lines(c).forEach(getLog()::info);
    }
  }
}
