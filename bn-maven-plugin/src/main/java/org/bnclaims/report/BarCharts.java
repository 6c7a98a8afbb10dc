package org.bnclaims.report;

import java.awt.Font;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bnclaims.verdict.Chart;
import org.bnclaims.verdict.Series;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Grouped bar charts with error bars (dead units per variant, BN gain per batch size with its CI):
 * categories on the x axis, one bar per series in each category. Category labels come from the
 * chart's {@code categories}, else from the series' x values.
 */
final class BarCharts {

  private BarCharts() {}

  static JFreeChart create(Chart c, String where) {
    DefaultCategoryDataset ds = new DefaultCategoryDataset();
    Map<String, Map<String, double[]>> intervals = new HashMap<>();
    List<String> keys = new ArrayList<>();
    List<String> cats = c.categories() == null ? List.of() : c.categories();
    for (Series s : c.series() == null ? List.<Series>of() : c.series()) {
      ChartSvg.checkSeries(s, where, cats.isEmpty());
      if (!cats.isEmpty() && s.y().size() > cats.size()) {
        throw new IllegalArgumentException(
            where
                + ", series '"
                + s.name()
                + "': "
                + s.y().size()
                + " bars for "
                + cats.size()
                + " categories");
      }
      String key = ChartSvg.key(keys, s.name());
      Map<String, double[]> ci = new HashMap<>();
      for (int i = 0; i < s.y().size(); i++) {
        String cat = cats.isEmpty() ? Fmt.num(num(s.x().get(i))) : cats.get(i);
        Double y = s.y().get(i);
        ds.addValue(Drawable.ok(y) ? y : null, key, cat);
        if (!ChartSvg.isEmpty(s.lo()) && !ChartSvg.isEmpty(s.hi())) {
          ci.put(cat, new double[] {num(s.lo().get(i)), num(s.hi().get(i))});
        }
      }
      intervals.put(key, ci);
    }
    ErrorBarRenderer r = new ErrorBarRenderer(intervals);
    r.setBarPainter(new StandardBarPainter());
    r.setShadowVisible(false);
    r.setDrawBarOutline(false);
    r.setItemMargin(0.06);
    r.setMaximumBarWidth(0.12);
    for (int i = 0; i < ds.getRowCount(); i++) {
      r.setSeriesPaint(i, ChartSvg.color(i));
    }
    CategoryAxis x = new CategoryAxis(c.xLabel());
    x.setCategoryMargin(0.25);
    x.setTickLabelFont(ChartSvg.TICK_FONT.deriveFont(Font.PLAIN));
    NumberAxis y = new NumberAxis(c.yLabel());
    CategoryPlot plot = new CategoryPlot(ds, x, y, r);
    ValueMarker zero = new ValueMarker(0, ChartSvg.AXIS, new java.awt.BasicStroke(1f));
    plot.addRangeMarker(zero);
    return ChartSvg.styled(plot, ds.getRowCount() > 1);
  }

  private static double num(Double v) {
    return v == null ? Double.NaN : v;
  }
}
