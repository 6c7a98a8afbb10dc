package org.bnclaims.report;

import static org.bnclaims.report.Html.escape;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bnclaims.verdict.TestReport;

/**
 * The statistics table (every test behind a verdict, the deciding one marked) and the per-seed
 * tables of raw values. A test's further statistics ({@link Extras}) get a full-width row of their
 * own under it, where they wrap like text, instead of a narrow last column.
 */
final class StatsTables {

  private StatsTables() {}

  /** Columns of the statistics table, for the full-width row of further statistics. */
  private static final int COLUMNS = 12;

  static void statistics(StringBuilder b, List<TestReport> tests, TestReport deciding) {
    if (tests == null || tests.isEmpty()) {
      return;
    }
    b.append(
            "<h3>Statistics</h3>\n<div class=\"scroll\"><table class=\"stats\">\n<thead><tr><th>test</th>")
        .append("<th>kind</th><th>outcome</th><th class=\"num\">estimate</th>")
        .append("<th class=\"num\">90% CI</th><th class=\"num\">95% CI</th>")
        .append(
            "<th class=\"num\">p<sub>support</sub></th><th class=\"num\">p<sub>refute</sub></th>")
        .append("<th class=\"num\">effect size</th><th class=\"num\">n</th>")
        .append("<th class=\"num\">margin</th><th class=\"num\">alpha</th>")
        .append("</tr></thead>\n<tbody>\n");
    for (TestReport t : tests) {
      b.append("<tr><td>").append(escape(t.name()));
      if (t == deciding) {
        b.append(" <span class=\"tag decided\">decided the verdict</span>");
      }
      b.append("</td><td>")
          .append(escape(t.kind()))
          .append("</td><td>")
          .append(HtmlPage.badge(t.outcome(), true))
          .append("</td>");
      int d = Fmt.decimalsFor(t.estimate(), at(t.ci95(), 0), at(t.ci95(), 1));
      d = Math.max(d, Fmt.decimalsFor(HtmlPage.est(t)));
      num(b, Fmt.signed(t.estimate(), d));
      num(b, interval(t.ci90(), d));
      num(b, interval(t.ci95(), d));
      num(b, Fmt.p(t.pSupport()));
      num(b, Fmt.p(t.pRefute()));
      num(b, Fmt.num(t.effectSize()));
      num(b, Integer.toString(t.n()));
      num(b, Fmt.num(t.margin()));
      num(b, Fmt.num(t.alpha()));
      b.append("</tr>\n");
      List<String> items = Extras.items(t.extra());
      if (!items.isEmpty()) {
        b.append("<tr class=\"more\"><td colspan=\"")
            .append(COLUMNS)
            .append("\"><ul class=\"extras\">");
        items.forEach(i -> b.append("<li>").append(escape(i)).append("</li>"));
        b.append("</ul></td></tr>\n");
      }
    }
    b.append("</tbody>\n</table></div>\n");
  }

  static void perSeed(StringBuilder b, List<TestReport> tests) {
    if (tests == null) {
      return;
    }
    boolean first = true;
    for (TestReport t : tests) {
      if (t.arms() == null || t.arms().isEmpty()) {
        continue;
      }
      b.append(first ? "<details open>" : "<details>")
          .append("<summary>per-seed values: ")
          .append(escape(t.name()))
          .append("</summary>\n");
      arms(b, t.arms());
      b.append("</details>\n");
      first = false;
    }
  }

  private static void arms(StringBuilder b, Map<String, List<Double>> arms) {
    List<String> names = new ArrayList<>(arms.keySet());
    List<List<Double>> cols = new ArrayList<>();
    names.forEach(n -> cols.add(arms.get(n) == null ? List.of() : arms.get(n)));
    boolean paired = cols.size() == 2 && cols.get(0).size() == cols.get(1).size();
    if (paired) {
      List<Double> d = new ArrayList<>();
      for (int i = 0; i < cols.get(0).size(); i++) {
        d.add(val(cols.get(0), i) - val(cols.get(1), i));
      }
      names.add(names.get(0) + " \u2212 " + names.get(1));
      cols.add(d);
    }
    int rows = cols.stream().mapToInt(List::size).max().orElse(0);
    b.append("<table class=\"seeds\"><thead><tr><th class=\"num\">seed</th>");
    names.forEach(n -> b.append("<th class=\"num\">").append(escape(n)).append("</th>"));
    b.append("</tr></thead>\n<tbody>\n");
    for (int r = 0; r < rows; r++) {
      b.append("<tr><td class=\"num\">").append(r + 1).append("</td>");
      for (List<Double> col : cols) {
        num(b, r < col.size() ? Fmt.fixed(val(col, r), decimals(col)) : "");
      }
      b.append("</tr>\n");
    }
    b.append("<tr class=\"summary-row\"><td class=\"num\">mean \u00b1 SD</td>");
    for (List<Double> col : cols) {
      double[] ms = meanSd(col);
      int d = decimals(col) + 1;
      num(b, Fmt.fixed(ms[0], d) + " \u00b1 " + Fmt.fixed(ms[1], d));
    }
    b.append("</tr>\n</tbody></table>\n");
  }

  /** Mean and sample SD over the finite values (a diverged replicate's NaN is shown, not used). */
  static double[] meanSd(List<Double> xs) {
    double sum = 0;
    int n = 0;
    for (Double x : xs) {
      if (x != null && Double.isFinite(x)) {
        sum += x;
        n++;
      }
    }
    double mean = n == 0 ? Double.NaN : sum / n;
    double ss = 0;
    for (Double x : xs) {
      if (x != null && Double.isFinite(x)) {
        ss += (x - mean) * (x - mean);
      }
    }
    return new double[] {mean, n < 2 ? Double.NaN : Math.sqrt(ss / (n - 1))};
  }

  private static int decimals(List<Double> col) {
    return Fmt.decimalsFor(col.stream().mapToDouble(v -> v == null ? Double.NaN : v).toArray());
  }

  private static double at(double[] a, int i) {
    return a == null || a.length < 2 ? Double.NaN : a[i];
  }

  private static String interval(double[] ci, int d) {
    if (ci == null || ci.length < 2) {
      return Fmt.MISSING;
    }
    return "[" + Fmt.signed(ci[0], d) + ", " + Fmt.signed(ci[1], d) + "]";
  }

  private static double val(List<Double> l, int i) {
    Double v = l.get(i);
    return v == null ? Double.NaN : v;
  }

  private static void num(StringBuilder b, String text) {
    b.append("<td class=\"num\">").append(escape(text)).append("</td>");
  }
}
