package org.bnclaims.report;

import static org.bnclaims.report.Html.escape;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bnclaims.verdict.ClaimVerdict;
import org.bnclaims.verdict.Outcome;
import org.bnclaims.verdict.TestReport;

/**
 * Suite-level context (docs/statistics.md, "whole suite"): verdict counts, the number of false
 * SUPPORTED verdicts to expect if every claim that ran were a true null, a Benjamini-Hochberg
 * summary over the headline p-values, and all conflicts between sources in one list. None of it
 * changes a verdict: each claim keeps its own alpha, fixed before it ran.
 */
final class SuiteContext {

  static final double FDR = 0.05;
  static final double DEFAULT_ALPHA = 0.05;

  private SuiteContext() {}

  /** A claim's headline p-value for the BH summary. */
  record Headline(String id, Outcome verdict, double pSupport, double alpha) {}

  static void render(StringBuilder b, List<ClaimVerdict> claims) {
    b.append("<h2 id=\"suite\">Suite context</h2>\n<p class=\"counts\">");
    Map<Outcome, Integer> counts = counts(claims);
    counts.forEach(
        (o, n) ->
            b.append("<span class=\"item\">")
                .append(HtmlPage.badge(o, true))
                .append(' ')
                .append(n)
                .append("</span>"));
    b.append("</p>\n");
    List<Headline> heads = headlines(claims);
    double expected = heads.stream().mapToDouble(Headline::alpha).sum();
    b.append("<p>Each claim keeps its own one-sided alpha. If all ")
        .append(heads.size())
        .append(" claims that ran were true nulls, about <b>")
        .append(String.format(Locale.ROOT, "%.2f", expected))
        .append("</b> false SUPPORTED verdicts would be expected by chance (the sum of their")
        .append(" alphas; 0.05 &times; ")
        .append(heads.size())
        .append(" = ")
        .append(String.format(Locale.ROOT, "%.2f", DEFAULT_ALPHA * heads.size()))
        .append(" at alpha 0.05); this run has ")
        .append(counts.get(Outcome.SUPPORTED))
        .append(" SUPPORTED.</p>\n");
    benjaminiHochberg(b, heads);
    conflicts(b, claims);
  }

  static Map<Outcome, Integer> counts(List<ClaimVerdict> claims) {
    Map<Outcome, Integer> m = new EnumMap<>(Outcome.class);
    for (Outcome o : Outcome.values()) {
      m.put(o, 0);
    }
    claims.forEach(c -> m.merge(c.verdict(), 1, Integer::sum));
    return m;
  }

  /** Claims that ran (not SKIPPED) and have a headline test with a valid p-value. */
  static List<Headline> headlines(List<ClaimVerdict> claims) {
    List<Headline> out = new ArrayList<>();
    for (ClaimVerdict c : claims) {
      TestReport t = HtmlPage.headline(c);
      if (c.verdict() == Outcome.SKIPPED || t == null) {
        continue;
      }
      double p = t.pSupport();
      if (p >= 0 && p <= 1) {
        double alpha = t.alpha() > 0 && t.alpha() < 1 ? t.alpha() : DEFAULT_ALPHA;
        out.add(new Headline(c.id(), c.verdict(), p, alpha));
      }
    }
    return out;
  }

  private static void benjaminiHochberg(StringBuilder b, List<Headline> heads) {
    if (heads.isEmpty()) {
      b.append("<p class=\"muted\">No headline p-values: no Benjamini-Hochberg summary.</p>\n");
      return;
    }
    double[] p = heads.stream().mapToDouble(Headline::pSupport).toArray();
    double[] q = BenjaminiHochberg.adjust(p);
    int m = p.length;
    int k = BenjaminiHochberg.count(p, FDR);
    b.append("<h3>Benjamini-Hochberg over the headline p<sub>support</sub></h3>\n<p>")
        .append(k)
        .append(" of ")
        .append(m)
        .append(" claims remain discoveries at a false discovery rate of ")
        .append(FDR)
        .append(". Context only: verdicts are not adjusted.</p>\n");
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < m; i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingDouble(i -> p[i]));
    b.append("<details open><summary>BH table</summary>\n<table class=\"bh\"><thead><tr>")
        .append("<th class=\"num\">rank</th><th>claim</th><th>verdict</th>")
        .append("<th class=\"num\">p<sub>support</sub></th><th class=\"num\">BH threshold</th>")
        .append("<th class=\"num\">q</th><th>discovery</th></tr></thead>\n<tbody>\n");
    for (int r = 0; r < m; r++) {
      int i = order.get(r);
      Headline h = heads.get(i);
      b.append("<tr><td class=\"num\">")
          .append(r + 1)
          .append("</td><td><a class=\"id\" href=\"#")
          .append(Html.anchor(h.id()))
          .append("\">")
          .append(escape(h.id()))
          .append("</a></td><td>")
          .append(HtmlPage.badge(h.verdict(), true))
          .append("</td><td class=\"num\">")
          .append(Fmt.p(p[i]))
          .append("</td><td class=\"num\">")
          .append(String.format(Locale.ROOT, "%.4f", FDR * (r + 1) / m))
          .append("</td><td class=\"num\">")
          .append(Fmt.p(q[i]))
          .append("</td><td>")
          .append(q[i] <= FDR ? "yes" : "no")
          .append("</td></tr>\n");
    }
    b.append("</tbody></table></details>\n");
  }

  private static void conflicts(StringBuilder b, List<ClaimVerdict> claims) {
    List<ClaimVerdict> with =
        claims.stream().filter(c -> c.conflicts() != null && !c.conflicts().isEmpty()).toList();
    if (with.isEmpty()) {
      return;
    }
    b.append("<h3>Conflicts between sources</h3>\n<ul class=\"conflicts\">\n");
    for (ClaimVerdict c : with) {
      for (String s : c.conflicts()) {
        b.append("<li><a class=\"id\" href=\"#")
            .append(Html.anchor(c.id()))
            .append("\">")
            .append(escape(c.id()))
            .append("</a>: ")
            .append(escape(s))
            .append("</li>\n");
      }
    }
    b.append("</ul>\n");
  }
}
