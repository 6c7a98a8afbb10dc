package org.bnclaims.report;

import static org.bnclaims.report.Html.escape;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bnclaims.verdict.Chart;
import org.bnclaims.verdict.ClaimVerdict;

/**
 * One claim's section: statement and source, verdict and reason, the paper setting beside the
 * setting that ran, the sources' conflicts, the statistics and per-seed values, then the charts.
 */
final class ClaimSection {

  private ClaimSection() {}

  static void render(StringBuilder b, ClaimVerdict c, int index, Where where) {
    String name = c.verdict() == null ? "UNKNOWN" : c.verdict().name();
    b.append("<section class=\"claim\" id=\"")
        .append(Html.anchor(c.id()))
        .append("\">\n<h2><span class=\"id\">")
        .append(escape(c.id()))
        .append("</span> ")
        .append(HtmlPage.badge(c.verdict(), false));
    if (!c.evidence()) {
      b.append("<span class=\"tag\">not evidence</span>");
    }
    b.append("</h2>\n<p class=\"statement\">")
        .append(escape(c.statement()))
        .append("</p>\n<div class=\"meta\"><span>source: ")
        .append(escape(c.source()))
        .append("</span><span>profile ")
        .append(escape(c.profile()))
        .append("</span><span>")
        .append(c.runs())
        .append(" runs, ")
        .append(c.cacheHits())
        .append(" from cache</span>");
    if (c.failures() > 0) {
      b.append("<span>").append(c.failures()).append(" diverged (kept with their metric)</span>");
    }
    b.append("<span>").append(escape(Fmt.seconds(c.seconds()))).append("</span></div>\n");
    b.append("<div class=\"reason r-")
        .append(name)
        .append("\"><b>")
        .append(name)
        .append(".</b> ")
        .append(escape(c.reason()))
        .append("</div>\n");
    settings(b, c);
    DataBlock.render(b, c);
    RegimeBlock.render(b, c);
    conflicts(b, c.conflicts());
    RowsBlock.render(b, c.tests());
    StatsTables.statistics(b, c.tests(), DecidingTest.of(c).orElse(null));
    StatsTables.perSeed(b, c.tests());
    charts(b, c, index, where);
    b.append("</section>\n");
  }

  private static void settings(StringBuilder b, ClaimVerdict c) {
    b.append("<table class=\"settings\"><thead><tr><th>paper setting</th><th>this run (")
        .append(escape(c.profile()))
        .append(")</th></tr></thead>\n<tbody><tr><td>")
        .append(escape(orDash(c.paperSetting())))
        .append("</td><td>")
        .append(escape(orDash(c.runSetting())))
        .append("</td></tr></tbody></table>\n");
  }

  private static void conflicts(StringBuilder b, List<String> conflicts) {
    if (conflicts == null || conflicts.isEmpty()) {
      return;
    }
    b.append("<h3>Where sources disagree</h3>\n<ul class=\"conflicts\">\n");
    for (String s : conflicts) {
      b.append("<li>").append(escape(s)).append("</li>\n");
    }
    b.append("</ul>\n");
  }

  private static void charts(StringBuilder b, ClaimVerdict c, int index, Where where) {
    List<Chart> charts = c.charts() == null ? List.of() : c.charts();
    if (charts.isEmpty()) {
      return;
    }
    Map<Double, Double> heatScale = sharedHeatScales(charts);
    b.append("<h3>Charts</h3>\n<div class=\"figures\">\n");
    for (int i = 0; i < charts.size(); i++) {
      Chart ch = charts.get(i);
      String at = where.claim(c) + ", charts[" + i + "] ('" + ch.title() + "')";
      String id = "c" + index + "-" + i;
      double h = heatScale.getOrDefault(ch.center(), Double.NaN);
      String svg;
      try {
        svg = ChartSvg.render(ch, id, at, h);
      } catch (IllegalArgumentException e) {
        throw e.getMessage() != null && e.getMessage().startsWith(at)
            ? e
            : new IllegalArgumentException(at + ": cannot be drawn: " + e.getMessage(), e);
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(at + ": cannot be drawn: " + e, e);
      }
      b.append("<figure>");
      if (ch.title() != null && !ch.title().isBlank()) {
        b.append("<figcaption>").append(escape(ch.title())).append("</figcaption>");
      }
      b.append(svg);
      int hidden = Drawable.countOutside(ch);
      if (hidden > 0) {
        b.append("<p class=\"note\">")
            .append(hidden)
            .append(hidden == 1 ? " value" : " values")
            .append(" beyond \u00b1")
            .append(Fmt.num(Drawable.LIMIT))
            .append(" not drawn (see the statistics and per-seed tables)</p>");
      }
      b.append("</figure>\n");
    }
    b.append("</div>\n");
  }

  /**
   * One colour scale per centre across a claim's heatmaps (all gamma layers share one, all beta
   * layers another), as the thesis sets the range over all BN layers of a model.
   */
  static Map<Double, Double> sharedHeatScales(List<Chart> charts) {
    Map<Double, Double> h = new HashMap<>();
    for (Chart ch : charts) {
      if ("heatmap".equals(ch.type())) {
        h.merge(ch.center(), Heatmaps.maxDeviation(ch.matrix(), ch.center()), Math::max);
      }
    }
    return h;
  }

  private static String orDash(String s) {
    return s == null || s.isBlank() ? Fmt.MISSING : s;
  }
}
