package org.bnclaims.report;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.bnclaims.verdict.Chart;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.Align;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * Heatmaps of BN parameter trajectories, one per layer: rows of the matrix are snapshots over
 * training (y), columns are channels (x). As in document 002, section 3.3.2, channels are sorted by
 * their final value (trajectories are mostly monotonic, and a network is invariant to permuting
 * channels) and the colour scale is centred on the parameter's neutral value.
 */
final class Heatmaps {

  /** Raster side in pixels before the browser scales it to the plot area. */
  private static final int RASTER = 320;

  private Heatmaps() {}

  static JFreeChart create(Chart c, String where, double halfWidth) {
    double[][] m = check(c.matrix(), where);
    int rows = m.length;
    int cols = m[0].length;
    double h =
        halfWidth > 0 && Double.isFinite(halfWidth) ? halfWidth : maxDeviation(m, c.center());
    DivergingScale scale = new DivergingScale(c.center(), h > 0 ? h : 1);
    NumberAxis x =
        new NumberAxis(c.xLabel() == null ? "channel (sorted by final value)" : c.xLabel());
    x.setRange(-0.5, cols - 0.5);
    x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    NumberAxis y = new NumberAxis(c.yLabel());
    y.setRange(-0.5, rows - 0.5);
    y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    XYPlot plot = new XYPlot(new DefaultXYZDataset(), x, y, new XYBlockRenderer());
    plot.setBackgroundImage(raster(m, sortedByFinalValue(m), scale));
    plot.setBackgroundImageAlignment(Align.FIT);
    plot.setBackgroundImageAlpha(1f);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinesVisible(false);
    JFreeChart chart = ChartSvg.styled(plot, false);
    NumberAxis scaleAxis = new NumberAxis();
    scaleAxis.setRange(scale.getLowerBound(), scale.getUpperBound());
    scaleAxis.setTickLabelFont(ChartSvg.TICK_FONT);
    scaleAxis.setTickLabelPaint(ChartSvg.AXIS);
    PaintScaleLegend legend = new PaintScaleLegend(scale, scaleAxis);
    legend.setPosition(RectangleEdge.RIGHT);
    legend.setStripWidth(10);
    legend.setAxisOffset(2);
    legend.setMargin(new RectangleInsets(8, 6, 24, 0));
    legend.setSubdivisionCount(64);
    chart.addSubtitle(legend);
    return chart;
  }

  /**
   * The cells as a raster, one block of pixels per (step, channel), step 0 at the bottom, painted
   * by the plot's own {@link DivergingScale}. One vector rectangle per cell (what {@code
   * XYBlockRenderer} emits) made a page of six layer heatmaps weigh about 4 MB; as an embedded PNG
   * the same figure is a few kilobytes and looks identical.
   */
  static BufferedImage raster(double[][] m, Integer[] order, DivergingScale scale) {
    int rows = m.length;
    int cols = m[0].length;
    int sx = Math.max(1, RASTER / cols);
    int sy = Math.max(1, RASTER / rows);
    BufferedImage img = new BufferedImage(cols * sx, rows * sy, BufferedImage.TYPE_INT_RGB);
    for (int r = 0; r < rows; r++) {
      for (int rank = 0; rank < cols; rank++) {
        double v = m[r][order[rank]];
        int rgb = ((Color) scale.getPaint(Drawable.ok(v) ? v : Double.NaN)).getRGB();
        int top = (rows - 1 - r) * sy;
        for (int dy = 0; dy < sy; dy++) {
          for (int dx = 0; dx < sx; dx++) {
            img.setRGB(rank * sx + dx, top + dy, rgb);
          }
        }
      }
    }
    return img;
  }

  /** Largest |v - center| over a matrix, ignoring values that are not drawn. */
  static double maxDeviation(double[][] m, double center) {
    double h = 0;
    if (m == null) {
      return h;
    }
    for (double[] row : m) {
      for (double v : row == null ? new double[0] : row) {
        if (Drawable.ok(v)) {
          h = Math.max(h, Math.abs(v - center));
        }
      }
    }
    return h;
  }

  /** Channel indices in ascending order of their last finite value (missing ones last). */
  static Integer[] sortedByFinalValue(double[][] m) {
    int cols = m[0].length;
    double[] last = new double[cols];
    Arrays.fill(last, Double.NaN);
    for (int col = 0; col < cols; col++) {
      for (int r = m.length - 1; r >= 0; r--) {
        if (Drawable.ok(m[r][col])) {
          last[col] = m[r][col];
          break;
        }
      }
    }
    Comparator<Integer> byLast =
        Comparator.comparingDouble(i -> Double.isNaN(last[i]) ? Double.MAX_VALUE : last[i]);
    return IntStream.range(0, cols).boxed().sorted(byLast).toArray(Integer[]::new);
  }

  private static double[][] check(double[][] m, String where) {
    if (m == null || m.length == 0 || m[0] == null || m[0].length == 0) {
      throw new IllegalArgumentException(where + ": heatmap has no matrix");
    }
    for (int r = 0; r < m.length; r++) {
      if (m[r] == null || m[r].length != m[0].length) {
        throw new IllegalArgumentException(
            where + ": heatmap row " + r + " has a different length than row 0");
      }
    }
    return m;
  }
}
