package org.bnclaims.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.bnclaims.report.ReportRenderer;
import org.bnclaims.verdict.Outcome;
import org.bnclaims.verdict.VerdictJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report goals fail on bad verdict files with the file, the claim and the field. */
class ReportMojoTest {

  @TempDir Path tmp;

  @Test
  void aNullTestEntryFailsTheGoalNamingFileClaimAndField() throws Exception {
    Path verdicts = Files.createDirectories(tmp.resolve("verdicts"));
    Path file =
        VerdictJson.writeClaimTo(
            VerdictCollectorTest.verdict("a-claim", Outcome.SUPPORTED), verdicts);
    Files.writeString(
        file, Files.readString(file).replace("\"tests\" : [ ]", "\"tests\" : [ null ]"));
    MojoExecutionException e =
        assertThrows(MojoExecutionException.class, () -> ReportMojo.read(verdicts));
    assertEquals(
        "bn: verdict file "
            + file
            + ", claim 'a-claim': tests[0] is null; only a number may be null in a list (it reads"
            + " as NaN)",
        e.getMessage());
  }

  @Test
  void aFailedRenderKeepsTheOldReportAndSaysWhy() throws Exception {
    Path verdicts = Files.createDirectories(tmp.resolve("verdicts"));
    VerdictJson.writeClaimTo(VerdictCollectorTest.verdict("a-claim", Outcome.SUPPORTED), verdicts);
    Path out = tmp.resolve("report");
    ReportMojo.render(ReportMojo.read(verdicts), out);
    Files.writeString(out.resolve("notes.txt"), "the user's");
    MojoExecutionException e =
        assertThrows(
            MojoExecutionException.class, () -> ReportMojo.render(ReportMojo.read(verdicts), out));
    assertTrue(e.getMessage().startsWith("bn: the report was not written: "), e.getMessage());
    assertTrue(Files.isRegularFile(out.resolve(ReportRenderer.INDEX)));
  }
}
