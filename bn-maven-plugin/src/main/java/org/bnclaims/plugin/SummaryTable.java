package org.bnclaims.plugin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bnclaims.report.DecidingTest;
import org.bnclaims.verdict.ClaimVerdict;
import org.bnclaims.verdict.TestReport;
import org.bnclaims.verdict.VerdictReport;

/**
 * The verdicts as a fixed-width text table for the build log: claim, verdict, effect (the estimate
 * of the test that decided the verdict, as in the HTML summary: {@link DecidingTest}), its 90%
 * interval, seconds. A claim with several tests says how many more there are; the full numbers are
 * in the HTML report.
 */
final class SummaryTable {

  private static final String[] HEADER = {"claim", "verdict", "effect", "90% CI", "seconds"};

  private SummaryTable() {}

  /** One line per claim under a header line; NaN shows as a dash. */
  static List<String> lines(VerdictReport report) {
    List<String[]> rows = new ArrayList<>();
    rows.add(HEADER);
    for (ClaimVerdict c : report.claims()) {
      List<TestReport> tests = c.tests() == null ? List.of() : c.tests();
      TestReport decided = DecidingTest.of(c).orElse(null);
      String more = tests.size() > 1 ? " (+" + (tests.size() - 1) + ")" : "";
      rows.add(
          new String[] {
            c.id() + (c.evidence() ? "" : " [not evidence]"),
            c.verdict().name(),
            decided == null ? "-" : num(decided.estimate()) + more,
            decided == null ? "-" : interval(decided.ci90()),
            String.format(Locale.ROOT, "%.1f", c.seconds())
          });
    }
    int[] width = new int[HEADER.length];
    for (String[] r : rows) {
      for (int i = 0; i < r.length; i++) {
        width[i] = Math.max(width[i], r[i].length());
      }
    }
    List<String> out = new ArrayList<>();
    for (String[] r : rows) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < r.length; i++) {
        boolean right = i >= 2;
        String cell = right ? pad(r[i], width[i], true) : pad(r[i], width[i], false);
        b.append(i == 0 ? "" : "  ").append(cell);
      }
      out.add(b.toString().stripTrailing());
    }
    return out;
  }

  static String num(double v) {
    if (Double.isNaN(v)) {
      return "-";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "inf" : "-inf";
    }
    return String.format(Locale.ROOT, "%+.4g", v);
  }

  static String interval(double[] ci) {
    if (ci == null || ci.length != 2) {
      return "-";
    }
    return "[" + num(ci[0]) + ", " + num(ci[1]) + "]";
  }

  private static String pad(String s, int width, boolean right) {
    String fill = " ".repeat(width - s.length());
    return right ? fill + s : s + fill;
  }
}
