package org.bnclaims.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.util.List;
import org.bnclaims.verdict.Chart;
import org.bnclaims.verdict.Series;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Turns a verdict {@link Chart} into an inline {@code <svg>} element: JFreeChart draws, JFreeSVG
 * records the drawing. Each SVG gets its own id and defs prefix so several charts in one page do
 * not share clip paths or gradients. The look (palette, fonts, grid) is set here once for all chart
 * types.
 */
final class ChartSvg {

  /** Colour-blind-safe palette (Okabe-Ito), in series order. */
  static final Color[] PALETTE = {
    new Color(0x0072B2),
    new Color(0xD55E00),
    new Color(0x009E73),
    new Color(0xCC79A7),
    new Color(0xE69F00),
    new Color(0x56B4E9),
    new Color(0x000000),
    new Color(0xF0E442)
  };

  static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
  static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
  static final Color GRID = new Color(0xE3E6EA);
  static final Color AXIS = new Color(0x57606A);

  static {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  private ChartSvg() {}

  /**
   * Renders one chart. {@code heatHalfWidth} is the colour-scale half width shared by the heatmaps
   * of a claim with the same centre (ignored for other kinds).
   */
  static String render(Chart c, String id, String where, double heatHalfWidth) {
    ChartKind kind = ChartKind.of(c.type(), where);
    return switch (kind) {
      case LINE -> toSvg(LineCharts.create(c, where), kind.width, kind.height, id);
      case BAR -> toSvg(BarCharts.create(c, where), kind.width, kind.height, id);
      case HEATMAP -> toSvg(Heatmaps.create(c, where, heatHalfWidth), kind.width, kind.height, id);
      case IMAGES -> ImageGrid.svg(c, id, where, kind.width);
    };
  }

  static String toSvg(JFreeChart chart, int width, int height, String id) {
    SVGGraphics2D g = graphics(width, height, id);
    chart.draw(g, new Rectangle(0, 0, width, height));
    return g.getSVGElement(id, true, new ViewBox(0, 0, width, height), null, null);
  }

  /**
   * A drawing surface whose ids start with {@code id} and whose coordinates keep two decimals (a
   * hundredth of a pixel): full double precision made each chart four times larger.
   */
  static SVGGraphics2D graphics(int width, int height, String id) {
    SVGGraphics2D g = new SVGGraphics2D(width, height);
    g.setDefsKeyPrefix(id + "-");
    g.setGeomDoubleConverter(v -> decimals(v, 100));
    g.setTransformDoubleConverter(v -> decimals(v, 10000));
    return g;
  }

  private static String decimals(double v, double scale) {
    double r = Math.round(v * scale) / scale;
    return r == Math.rint(r) && Math.abs(r) < 1e9 ? Long.toString((long) r) : Double.toString(r);
  }

  /** A chart with the report's common look and an optional legend at the bottom. */
  static JFreeChart styled(Plot plot, boolean legend) {
    JFreeChart chart = new JFreeChart(null, LABEL_FONT, plot, legend);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    chart.setPadding(new RectangleInsets(4, 2, 2, 8));
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlinePaint(GRID);
    LegendTitle lt = chart.getLegend();
    if (lt != null) {
      lt.setPosition(RectangleEdge.BOTTOM);
      lt.setFrame(BlockBorder.NONE);
      lt.setItemFont(TICK_FONT);
      lt.setBackgroundPaint(Color.WHITE);
    }
    if (plot instanceof XYPlot xy) {
      xy.setDomainGridlinePaint(GRID);
      xy.setRangeGridlinePaint(GRID);
      xy.setDomainGridlineStroke(new BasicStroke(1f));
      xy.setRangeGridlineStroke(new BasicStroke(1f));
      xy.setAxisOffset(RectangleInsets.ZERO_INSETS);
      styleAxis(xy.getDomainAxis());
      styleAxis(xy.getRangeAxis());
    } else if (plot instanceof CategoryPlot cp) {
      cp.setRangeGridlinePaint(GRID);
      cp.setRangeGridlineStroke(new BasicStroke(1f));
      cp.setAxisOffset(RectangleInsets.ZERO_INSETS);
      styleAxis(cp.getDomainAxis());
      styleAxis(cp.getRangeAxis());
    }
    return chart;
  }

  private static void styleAxis(org.jfree.chart.axis.Axis axis) {
    axis.setLabelFont(LABEL_FONT);
    axis.setTickLabelFont(TICK_FONT);
    axis.setLabelPaint(AXIS);
    axis.setTickLabelPaint(AXIS);
    axis.setAxisLinePaint(AXIS);
    axis.setTickMarkPaint(AXIS);
  }

  static Color color(int series) {
    return PALETTE[series % PALETTE.length];
  }

  /** Checks that a series' lists line up, naming the chart and series otherwise. */
  static void checkSeries(Series s, String where, boolean needX) {
    String name = where + ", series '" + s.name() + "'";
    if (s.y() == null) {
      throw new IllegalArgumentException(name + ": no y values");
    }
    int n = s.y().size();
    if (needX && (s.x() == null || s.x().size() != n)) {
      throw new IllegalArgumentException(
          name + ": " + size(s.x()) + " x values for " + n + " y values");
    }
    if (!isEmpty(s.lo()) && s.lo().size() != n || !isEmpty(s.hi()) && s.hi().size() != n) {
      throw new IllegalArgumentException(
          name + ": lo/hi have " + size(s.lo()) + "/" + size(s.hi()) + " values for " + n + " y");
    }
  }

  static boolean isEmpty(List<?> l) {
    return l == null || l.isEmpty();
  }

  private static int size(List<?> l) {
    return l == null ? 0 : l.size();
  }

  /** Unique legend key: JFreeChart datasets need distinct series keys. */
  static String key(List<String> used, String name) {
    String base = name == null || name.isBlank() ? "series " + (used.size() + 1) : name;
    String k = base;
    for (int i = 2; used.contains(k); i++) {
      k = base + " (" + i + ")";
    }
    used.add(k);
    return k;
  }
}
