package org.bnclaims.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;
import org.bnclaims.verdict.Outcome;
import org.bnclaims.verdict.VerdictJson;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code bn:check} refuses a bad setting before it clears the verdict directory or forks: the build
 * fails in seconds with the setting, the value and what is allowed, and the last run's verdicts are
 * still there. (Before, {@code -Dbn.seeds=0} forked and ended with "wrote no verdict", and a
 * malformed baseline was read only after every claim had trained.)
 */
class CheckMojoTest {

  @TempDir Path tmp;

  static Stream<Arguments> badSettings() {
    return Stream.of(
        row(
            "bn.profile",
            m -> m.profile = "bogus",
            "bn.profile = 'bogus'; allowed: smoke, reduced"),
        row("bn.seeds 0", m -> m.seeds = "0", "bn.seeds = '0'; allowed: an integer >= 2"),
        row("bn.seeds 1", m -> m.seeds = "1", "bn.seeds = '1'; allowed: an integer >= 2"),
        row("bn.seeds text", m -> m.seeds = "five", "bn.seeds = 'five'; allowed: an integer"),
        row("bn.workers", m -> m.workers = 0, "bn.workers = 0; allowed: an integer >= 1"),
        row("bn.tags", m -> m.tags = " ", "bn.tags = ' '; allowed: a JUnit tag expression"),
        row(
            "bn.device",
            m -> m.device = "tpu",
            "bn.device = 'tpu' is not a device; allowed: cpu, gpu"),
        row(
            "bn.forkTimeoutMinutes",
            m -> m.forkTimeoutMinutes = -1,
            "bn.forkTimeoutMinutes = -1; allowed: an integer >= 0"),
        row(
            "bn.failOn bogus",
            m -> m.failOn = "bogus",
            "bn.failOn = 'bogus'; allowed: refuted, inconclusive, regression, never"),
        row(
            "bn.failOn empty",
            m -> m.failOn = "",
            "bn.failOn = ''; allowed: refuted, inconclusive, regression, never"));
  }

  private static Arguments row(String name, Consumer<CheckMojo> set, String message) {
    return argumentSet(name, set, message);
  }

  private CheckMojo mojo() throws Exception {
    CheckMojo m = new CheckMojo();
    MavenProject project = new MavenProject();
    project.setFile(tmp.resolve("pom.xml").toFile());
    project.getBuild().setDirectory(tmp.resolve("target").toString());
    project.getBuild().setTestOutputDirectory(tmp.resolve("target/test-classes").toString());
    m.project = project;
    m.profile = "smoke";
    m.tags = "claim";
    m.device = "cpu";
    m.failOn = "refuted";
    m.baseline = tmp.resolve("bn-baseline.json").toFile();
    m.verdictDirectory = tmp.resolve("target/bn-verdicts").toFile();
    m.reportDirectory = tmp.resolve("target/bn-report").toFile();
    VerdictJson.writeClaimTo(
        VerdictCollectorTest.verdict("last-run", Outcome.SUPPORTED), m.verdictDirectory.toPath());
    return m;
  }

  @ParameterizedTest
  @MethodSource("badSettings")
  void aBadSettingFailsBeforeAnythingRuns(Consumer<CheckMojo> set, String message)
      throws Exception {
    CheckMojo m = mojo();
    set.accept(m);
    MojoExecutionException e = assertThrows(MojoExecutionException.class, m::execute);
    assertTrue(e.getMessage().startsWith("bn: " + message), e.getMessage());
    assertUntouched(m);
  }

  @ParameterizedTest
  @MethodSource("malformedBaselines")
  void aBaselineThatCannotBeReadFailsBeforeAnythingRuns(String text, String why) throws Exception {
    CheckMojo m = mojo();
    m.failOn = "regression";
    Files.writeString(m.baseline.toPath(), text);
    MojoExecutionException e = assertThrows(MojoExecutionException.class, m::execute);
    assertTrue(e.getMessage().contains(m.baseline.toString()), e.getMessage());
    assertTrue(e.getMessage().contains(why), e.getMessage());
    assertUntouched(m);
  }

  static Stream<Arguments> malformedBaselines() {
    return Stream.of(
        argumentSet("not JSON", "SUPPORTED everywhere", "malformed baseline file"),
        argumentSet("unknown verdict", "{\"a\": \"MAYBE\"}", "unknown verdict 'MAYBE'"),
        argumentSet("JSON null", "null", "is empty (JSON null)"));
  }

  /** The last run's verdict is still there and no fork was prepared. */
  private static void assertUntouched(CheckMojo m) throws Exception {
    assertEquals(
        1,
        Files.list(m.verdictDirectory.toPath())
            .filter(f -> f.toString().endsWith(".json"))
            .count());
    assertTrue(!Files.exists(m.verdictDirectory.toPath().resolveSibling("bn-check.args")));
  }
}
