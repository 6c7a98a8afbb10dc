package org.bnclaims.report;

import static org.bnclaims.report.Html.escape;

import java.util.List;
import java.util.Locale;
import org.bnclaims.verdict.ClaimVerdict;
import org.bnclaims.verdict.Outcome;
import org.bnclaims.verdict.TestReport;
import org.bnclaims.verdict.VerdictReport;

/**
 * The verdicts as one JUnit XML test suite, the format CI systems read: one testcase per claim;
 * REFUTED is a failure carrying the reason and the numbers, INCONCLUSIVE and SKIPPED are skipped
 * with the reason (DESIGN.md section 10).
 */
final class JUnitXml {

  static final String SUITE = "bn-claims";

  private JUnitXml() {}

  static String render(VerdictReport report) {
    List<ClaimVerdict> claims = report.claims() == null ? List.of() : report.claims();
    long failures = claims.stream().filter(c -> c.verdict() == Outcome.REFUTED).count();
    long skipped =
        claims.stream()
            .filter(c -> c.verdict() == Outcome.INCONCLUSIVE || c.verdict() == Outcome.SKIPPED)
            .count();
    double time = claims.stream().mapToDouble(c -> finite(c.seconds())).sum();
    StringBuilder b = new StringBuilder();
    b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<testsuite name=\"")
        .append(SUITE)
        .append("\" tests=\"")
        .append(claims.size())
        .append("\" failures=\"")
        .append(failures)
        .append("\" errors=\"0\" skipped=\"")
        .append(skipped)
        .append("\" time=\"")
        .append(seconds(time))
        .append("\" timestamp=\"")
        .append(escape(report.generatedAt()))
        .append("\">\n  <properties>\n    <property name=\"profile\" value=\"")
        .append(escape(report.profile()))
        .append("\"/>\n  </properties>\n");
    for (ClaimVerdict c : claims) {
      b.append("  <testcase name=\"")
          .append(escape(c.id()))
          .append("\" classname=\"")
          .append(SUITE)
          .append('.')
          .append(escape(c.profile()))
          .append("\" time=\"")
          .append(seconds(finite(c.seconds())))
          .append("\">\n");
      switch (c.verdict()) {
        case REFUTED ->
            b.append("    <failure type=\"REFUTED\" message=\"")
                .append(escape(c.reason()))
                .append("\">")
                .append(escape(details(c)))
                .append("</failure>\n");
        case INCONCLUSIVE, SKIPPED ->
            b.append("    <skipped message=\"")
                .append(c.verdict().name())
                .append(": ")
                .append(escape(c.reason()))
                .append("\"/>\n");
        case SUPPORTED -> {}
      }
      b.append("    <system-out>")
          .append(escape(c.statement() + " [" + c.source() + "]\n" + details(c)))
          .append("</system-out>\n  </testcase>\n");
    }
    b.append("</testsuite>\n");
    return b.toString();
  }

  /** The verdict's numbers as plain text: one line per test. */
  static String details(ClaimVerdict c) {
    StringBuilder b = new StringBuilder();
    b.append(c.verdict()).append(": ").append(c.reason()).append('\n');
    if (c.tests() != null) {
      for (TestReport t : c.tests()) {
        b.append(t.row() == null ? "" : "[" + t.row() + "] ")
            .append(t.name())
            .append(" [")
            .append(t.outcome())
            .append("]: estimate ")
            .append(Fmt.signed(t.estimate(), Fmt.decimalsFor(HtmlPage.est(t))))
            .append(", 90% CI ")
            .append(Fmt.interval(t.estimate(), t.ci90()))
            .append(", p_support ")
            .append(Fmt.p(t.pSupport()))
            .append(", p_refute ")
            .append(Fmt.p(t.pRefute()))
            .append(", effect size ")
            .append(Fmt.num(t.effectSize()))
            .append(", n ")
            .append(t.n())
            .append(", margin ")
            .append(Fmt.num(t.margin()))
            .append(", alpha ")
            .append(Fmt.num(t.alpha()))
            .append('\n');
      }
    }
    return b.toString();
  }

  private static double finite(double s) {
    return Double.isFinite(s) && s >= 0 ? s : 0;
  }

  private static String seconds(double s) {
    return String.format(Locale.ROOT, "%.3f", s);
  }
}
