package org.bnclaims.report;

import static org.bnclaims.report.Html.escape;

import java.util.List;
import org.bnclaims.verdict.ClaimVerdict;
import org.bnclaims.verdict.RegimeCheck;

/**
 * A claim's regime checks: in its section, one line per check with the threshold and the value
 * reached, and the profile that would decide the claim when a check failed; in the summary table, a
 * compact mark. A failed check is why a verdict is INCONCLUSIVE whatever its tests say, so the
 * reader must see it next to the verdict, not only in the reason.
 */
final class RegimeBlock {

  static final String NOT_REACHED = "regime not reached";

  private RegimeBlock() {}

  static void render(StringBuilder b, ClaimVerdict c) {
    List<RegimeCheck> checks = c.regimeChecks();
    if (checks.isEmpty()) {
      return;
    }
    b.append("<h3>Regime checks</h3>\n<table class=\"regime\"><thead><tr><th>check</th>")
        .append("<th>row</th><th class=\"num\">needs</th>")
        .append("<th class=\"num\">reached (mean over seeds)</th><th>status</th></tr></thead>\n")
        .append("<tbody>\n");
    for (RegimeCheck r : checks) {
      b.append("<tr><td>")
          .append(escape(r.name()))
          .append("</td><td>")
          .append(escape(r.row() == null ? "" : r.row()))
          .append("</td><td class=\"num\">")
          .append(escape(comparison(r.comparison()) + " " + Fmt.num(r.threshold())))
          .append("</td><td class=\"num\">")
          .append(escape(Fmt.num(r.value())))
          .append("</td><td>")
          .append(r.passed() ? "reached" : "<span class=\"tag\">not reached</span>")
          .append("</td></tr>\n");
    }
    b.append("</tbody></table>\n");
    if (anyFailed(c) && c.decidedBy() != null && !c.decidedBy().isBlank()) {
      b.append("<p class=\"muted\">Would be decided by: ")
          .append(escape(c.decidedBy()))
          .append("</p>\n");
    }
  }

  /** The summary table's mark: empty without checks, a tag when one failed, a tick otherwise. */
  static String mark(ClaimVerdict c) {
    List<RegimeCheck> checks = c.regimeChecks();
    if (checks.isEmpty()) {
      return "";
    }
    if (anyFailed(c)) {
      return "<span class=\"tag\" title=\""
          + escape(title(checks))
          + "\">"
          + NOT_REACHED
          + "</span>";
    }
    return " <span class=\"muted\" title=\"" + escape(title(checks)) + "\">regime \u2713</span>";
  }

  private static boolean anyFailed(ClaimVerdict c) {
    return c.regimeChecks().stream().anyMatch(r -> !r.passed());
  }

  private static String title(List<RegimeCheck> checks) {
    StringBuilder t = new StringBuilder();
    for (RegimeCheck r : checks) {
      if (t.length() > 0) {
        t.append("; ");
      }
      t.append(r.name())
          .append(": ")
          .append(Fmt.num(r.value()))
          .append(", needs ")
          .append(comparison(r.comparison()))
          .append(" ")
          .append(Fmt.num(r.threshold()));
    }
    return t.toString();
  }

  private static String comparison(String c) {
    return switch (c == null ? "" : c) {
      case ">=" -> "\u2265";
      case "<=" -> "\u2264";
      default -> c == null ? "?" : c;
    };
  }
}
