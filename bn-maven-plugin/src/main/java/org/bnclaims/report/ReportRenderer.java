package org.bnclaims.report;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.bnclaims.verdict.ClaimVerdict;
import org.bnclaims.verdict.VerdictJson;
import org.bnclaims.verdict.VerdictReport;

/**
 * Renders a verdict report to files: {@code index.html} (self-contained page), {@code
 * verdicts.json} (the report as data) and {@code junit/TEST-bn-claims.xml} (for CI systems). A pure
 * function of its inputs: no Maven or JUnit types, no clock, no network.
 *
 * <p>The report is written as a whole or not at all: all three texts are rendered in memory first,
 * then the folder is replaced in one step ({@link ReportFolder}), so an input the renderer cannot
 * handle leaves the previous report untouched instead of a new page beside old data. Every error
 * names the input file (when the caller passes where each claim came from), the claim and the
 * field. Strings that cannot be encoded (unpaired UTF-16 surrogates) are replaced by U+FFFD in all
 * three files.
 */
public final class ReportRenderer {

  /** The page's file name. */
  public static final String INDEX = "index.html";

  /** The JUnit XML file, relative to the output directory. */
  public static final String JUNIT = "junit/TEST-bn-claims.xml";

  private ReportRenderer() {}

  /** {@link #render(VerdictReport, Map, Path)} without knowing where the verdicts came from. */
  public static void render(VerdictReport report, Path outDir) {
    render(report, Map.of(), outDir);
  }

  /**
   * Replaces {@code outDir} (created if needed) with the three files. Fails, naming the file, the
   * claim and the field, when a verdict lacks an id or outcome, repeats an id, holds a null list
   * entry, or has a chart the renderer cannot draw; fails when {@code outDir} holds files of its
   * own, which the replacement would delete.
   *
   * @param sources the verdict file each claim id was read from, for error messages; may be empty
   */
  public static void render(VerdictReport report, Map<String, Path> sources, Path outDir) {
    Where where = new Where(sources);
    check(report, where);
    Map<String, String> files = new LinkedHashMap<>();
    files.put(INDEX, HtmlPage.render(report, where));
    files.put(VerdictJson.REPORT_FILE, VerdictJson.reportJson(report, outDir));
    files.put(JUNIT, JUnitXml.render(report));
    ReportFolder.replace(outDir, files);
  }

  private static void check(VerdictReport report, Where where) {
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
        throw new IllegalArgumentException(where.claim(c) + " has no verdict");
      }
      if (!ids.add(c.id())) {
        throw new IllegalArgumentException("claim id '" + c.id() + "' appears twice in the report");
      }
      VerdictJson.check(c, where.file(c));
    }
  }
}
