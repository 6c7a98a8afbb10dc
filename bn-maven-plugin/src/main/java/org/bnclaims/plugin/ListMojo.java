package org.bnclaims.plugin;

import java.nio.file.Path;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Prints every selected claim without running anything: its id and class, and the elements of its
 * {@code @Claim} annotation (statement, source, paper setting, conflicts, margin, alpha, and the
 * seeds of the chosen profile). Run {@code test-compile} first so the claim classes exist. The
 * profile's run setting (subsets, epochs) is chosen by each claim's code when it runs and appears
 * in the report.
 */
@Mojo(name = "list", requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
public class ListMojo extends AbstractForkingMojo {

  @Override
  public void execute() throws MojoExecutionException {
    if (skip) {
      getLog().info("bn: skipped (bn.skip)");
      return;
    }
    Path unused = Path.of(project.getBuild().getDirectory(), "bn-list");
    ForkCommand command =
        ForkCommand.java(Path.of(System.getProperty("java.home")))
            .settings(settings(unused, Optional.empty()))
            .listOnly(profile);
    ForkRunner.Result fork = fork(command, "list");
    if (fork.exitCode() != 0 || fork.timedOut()) {
      throw new MojoExecutionException(
          "bn: listing the claims failed (status "
              + fork.exitCode()
              + ")"
              + (fork.errors().isEmpty() ? "" : ": " + String.join("; ", fork.errors())));
    }
  }
}
