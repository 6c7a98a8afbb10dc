package org.bnclaims.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.Map;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.Range;
import org.jfree.data.category.CategoryDataset;

/**
 * A bar renderer that adds an error bar from an explicit lower to upper value. JFreeChart's {@code
 * StatisticalBarRenderer} only draws mean +- one symmetric deviation, but confidence intervals of a
 * paired difference or a bootstrap need not be symmetric, so the interval is drawn as given.
 */
final class ErrorBarRenderer extends BarRenderer {

  private static final long serialVersionUID = 1L;
  private static final Color WHISKER = new Color(0x24292F);

  /** Interval per (row key, column key): {@code [lo, hi]}. */
  private final Map<String, Map<String, double[]>> intervals;

  ErrorBarRenderer(Map<String, Map<String, double[]>> intervals) {
    this.intervals = intervals;
  }

  @Override
  public void drawItem(
      Graphics2D g2,
      CategoryItemRendererState state,
      Rectangle2D dataArea,
      CategoryPlot plot,
      CategoryAxis domainAxis,
      ValueAxis rangeAxis,
      CategoryDataset dataset,
      int row,
      int column,
      int pass) {
    super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
    int visibleRow = state.getVisibleSeriesIndex(row);
    if (visibleRow < 0 || pass != getPassCount() - 1) {
      return;
    }
    double[] ci = interval(dataset, row, column);
    if (ci == null) {
      return;
    }
    PlotOrientation o = plot.getOrientation();
    double w0 = calculateBarW0(plot, o, dataArea, domainAxis, state, visibleRow, column);
    double mid = w0 + state.getBarWidth() / 2.0;
    double cap = Math.min(5, state.getBarWidth() / 4.0);
    RectangleEdge edge = plot.getRangeAxisEdge();
    double lo = rangeAxis.valueToJava2D(ci[0], dataArea, edge);
    double hi = rangeAxis.valueToJava2D(ci[1], dataArea, edge);
    g2.setPaint(WHISKER);
    g2.setStroke(new BasicStroke(1.2f));
    if (o == PlotOrientation.VERTICAL) {
      g2.draw(new Line2D.Double(mid, lo, mid, hi));
      g2.draw(new Line2D.Double(mid - cap, lo, mid + cap, lo));
      g2.draw(new Line2D.Double(mid - cap, hi, mid + cap, hi));
    } else {
      g2.draw(new Line2D.Double(lo, mid, hi, mid));
      g2.draw(new Line2D.Double(lo, mid - cap, lo, mid + cap));
      g2.draw(new Line2D.Double(hi, mid - cap, hi, mid + cap));
    }
  }

  @Override
  public Range findRangeBounds(CategoryDataset dataset, boolean includeInterval) {
    Range r = super.findRangeBounds(dataset, includeInterval);
    if (dataset == null) {
      return r;
    }
    for (int row = 0; row < dataset.getRowCount(); row++) {
      for (int col = 0; col < dataset.getColumnCount(); col++) {
        double[] ci = interval(dataset, row, col);
        if (ci != null) {
          r = Range.expandToInclude(Range.expandToInclude(r, ci[0]), ci[1]);
        }
      }
    }
    return r;
  }

  private double[] interval(CategoryDataset dataset, int row, int column) {
    Map<String, double[]> byColumn = intervals.get(String.valueOf(dataset.getRowKey(row)));
    if (byColumn == null) {
      return null;
    }
    double[] ci = byColumn.get(String.valueOf(dataset.getColumnKey(column)));
    return ci != null && Drawable.ok(ci[0]) && Drawable.ok(ci[1]) ? ci : null;
  }
}
