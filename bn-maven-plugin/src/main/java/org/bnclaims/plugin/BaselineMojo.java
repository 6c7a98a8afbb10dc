package org.bnclaims.plugin;

import java.io.File;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes the baseline file for {@code failOn=regression} from existing verdict files (by default
 * the last {@code check}'s), so a trusted run becomes the reference that later builds are compared
 * with. Commit the file.
 */
@Mojo(name = "baseline", threadSafe = true)
public class BaselineMojo extends AbstractMojo {

  /** The directory of {@code <id>.json} verdict files. */
  @Parameter(property = "bn.verdictDir", defaultValue = "${project.build.directory}/bn-verdicts")
  private File verdictDirectory;

  /** The baseline file to write. */
  @Parameter(property = "bn.baseline", defaultValue = "${basedir}/bn-baseline.json")
  private File baseline;

  @Override
  public void execute() throws MojoExecutionException {
    getLog()
        .info(
            "bn: "
                + GateStep.writeBaseline(
                    ReportMojo.read(verdictDirectory.toPath()).report(), baseline.toPath()));
  }
}
