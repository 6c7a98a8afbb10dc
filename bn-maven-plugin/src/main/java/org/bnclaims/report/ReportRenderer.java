package org.bnclaims.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.Set;
import org.bnclaims.verdict.ClaimVerdict;
import org.bnclaims.verdict.VerdictJson;
import org.bnclaims.verdict.VerdictReport;

/**
 * Renders a verdict report to files: {@code index.html} (self-contained page), {@code
 * verdicts.json} (the report as data) and {@code junit/TEST-bn-claims.xml} (for CI systems). A pure
 * function of its inputs: no Maven or JUnit types, no clock, no network; each file is written to a
 * temporary name and moved into place, so a reader never sees half a page.
 */
public final class ReportRenderer {

  /** The page's file name. */
  public static final String INDEX = "index.html";

  /** The JUnit XML file, relative to the output directory. */
  public static final String JUNIT = "junit/TEST-bn-claims.xml";

  private ReportRenderer() {}

  /**
   * Writes the three files under {@code outDir} (created if needed). Fails with the claim named
   * when a verdict lacks an id or outcome, repeats an id, or has a chart the renderer cannot draw.
   */
  public static void render(VerdictReport report, Path outDir) {
    check(report);
    String html = HtmlPage.render(report);
    String xml = JUnitXml.render(report);
    write(outDir.resolve(INDEX), html);
    VerdictJson.writeReport(report, outDir.resolve(VerdictJson.REPORT_FILE));
    write(outDir.resolve(JUNIT), xml);
  }

  private static void check(VerdictReport report) {
    if (report == null || report.claims() == null) {
      throw new IllegalArgumentException("verdict report has no claims list");
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < report.claims().size(); i++) {
      ClaimVerdict c = report.claims().get(i);
      if (c == null || c.id() == null || c.id().isBlank()) {
        throw new IllegalArgumentException("claim " + i + " of the report has no id");
      }
      if (c.verdict() == null) {
        throw new IllegalArgumentException("claim '" + c.id() + "' has no verdict");
      }
      if (!ids.add(c.id())) {
        throw new IllegalArgumentException("claim id '" + c.id() + "' appears twice in the report");
      }
    }
  }

  private static void write(Path file, String text) {
    Path abs = file.toAbsolutePath();
    try {
      Files.createDirectories(abs.getParent());
      Path tmp = Files.createTempFile(abs.getParent(), "." + abs.getFileName(), ".tmp");
      try {
        if (Files.getFileAttributeView(tmp, PosixFileAttributeView.class) != null) {
          Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
        }
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write report file " + file, e);
    }
  }
}
