package org.bnclaims.report;

import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;
import org.bnclaims.verdict.Chart;
import org.bnclaims.verdict.Series;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Line charts: one line per series with its band (seed spread or CI) shaded, as in training curves
 * per variant. Points with an x or y that cannot be drawn ({@link Drawable}: a diverged run's NaN
 * loss) are left out, and so is a band edge; a log2 x axis drops x <= 0 for the same reason.
 */
final class LineCharts {

  private static final int SHAPES_UP_TO = 12;

  private LineCharts() {}

  static JFreeChart create(Chart c, String where) {
    YIntervalSeriesCollection ds = new YIntervalSeriesCollection();
    List<String> keys = new ArrayList<>();
    int maxPoints = 0;
    for (Series s : c.series() == null ? List.<Series>of() : c.series()) {
      ChartSvg.checkSeries(s, where, true);
      YIntervalSeries ys = new YIntervalSeries(ChartSvg.key(keys, s.name()), false, true);
      for (int i = 0; i < s.y().size(); i++) {
        double x = value(s.x(), i);
        double y = value(s.y(), i);
        if (!Drawable.ok(x) || !Drawable.ok(y) || c.logX() && x <= 0) {
          continue;
        }
        double lo = ChartSvg.isEmpty(s.lo()) ? y : finiteOr(value(s.lo(), i), y);
        double hi = ChartSvg.isEmpty(s.hi()) ? y : finiteOr(value(s.hi(), i), y);
        ys.add(x, y, Math.min(lo, y), Math.max(hi, y));
      }
      maxPoints = Math.max(maxPoints, ys.getItemCount());
      ds.addSeries(ys);
    }
    DeviationRenderer r = new DeviationRenderer(true, maxPoints <= SHAPES_UP_TO);
    r.setAlpha(0.18f);
    for (int i = 0; i < ds.getSeriesCount(); i++) {
      r.setSeriesPaint(i, ChartSvg.color(i));
      r.setSeriesFillPaint(i, ChartSvg.color(i));
      r.setSeriesStroke(i, new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      r.setSeriesShape(i, new Ellipse2D.Double(-3, -3, 6, 6));
    }
    NumberAxis y = new NumberAxis(c.yLabel());
    y.setAutoRangeIncludesZero(false);
    XYPlot plot = new XYPlot(ds, xAxis(c), y, r);
    return ChartSvg.styled(plot, ds.getSeriesCount() > 1 || hasName(c));
  }

  private static ValueAxis xAxis(Chart c) {
    if (!c.logX()) {
      NumberAxis x = new NumberAxis(c.xLabel());
      if (integerX(c)) {
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
      }
      x.setAutoRangeIncludesZero(false);
      x.setAutoRangeStickyZero(false);
      return x;
    }
    LogAxis x = new LogAxis(c.xLabel());
    x.setBase(2);
    TickUnits units = new TickUnits();
    units.add(new NumberTickUnit(1, new DecimalFormat("0")));
    x.setStandardTickUnits(units);
    x.setNumberFormatOverride(new DecimalFormat("0.###"));
    x.setSmallestValue(1e-9);
    return x;
  }

  /** Epochs and steps are whole numbers: no 1.5 epoch ticks. */
  private static boolean integerX(Chart c) {
    return c.series() != null
        && c.series().stream()
            .allMatch(
                s -> s.x() != null && s.x().stream().allMatch(v -> v != null && v == Math.rint(v)));
  }

  private static boolean hasName(Chart c) {
    return c.series() != null
        && c.series().size() == 1
        && c.series().get(0).name() != null
        && !c.series().get(0).name().isBlank();
  }

  private static double value(List<Double> l, int i) {
    Double v = l.get(i);
    return v == null ? Double.NaN : v;
  }

  private static double finiteOr(double v, double fallback) {
    return Drawable.ok(v) ? v : fallback;
  }
}
