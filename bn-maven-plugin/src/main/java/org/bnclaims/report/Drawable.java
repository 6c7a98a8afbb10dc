package org.bnclaims.report;

import java.util.List;
import org.bnclaims.verdict.Chart;
import org.bnclaims.verdict.Series;

/**
 * Which chart values are drawn. NaN and infinities never are (a diverged run's loss); neither are
 * finite values beyond {@link #LIMIT}, because the chart library's axis arithmetic (range widths,
 * margins, tick sizes) overflows on them and the drawing fails. A figure that leaves values out
 * says how many under its chart; the tables still show every value.
 */
final class Drawable {

  /** The largest magnitude drawn: far beyond any metric, far below where the axes overflow. */
  static final double LIMIT = 1e100;

  private Drawable() {}

  static boolean ok(double v) {
    return Double.isFinite(v) && Math.abs(v) <= LIMIT;
  }

  static boolean ok(Double v) {
    return v != null && ok(v.doubleValue());
  }

  /** Finite values of {@code c} that are not drawn because they exceed {@link #LIMIT}. */
  static int countOutside(Chart c) {
    int n = 0;
    if (c.series() != null) {
      for (Series s : c.series()) {
        if (s != null) {
          n += outside(s.x()) + outside(s.y()) + outside(s.lo()) + outside(s.hi());
        }
      }
    }
    if (c.matrix() != null) {
      for (double[] row : c.matrix()) {
        for (double v : row == null ? new double[0] : row) {
          n += Double.isFinite(v) && !ok(v) ? 1 : 0;
        }
      }
    }
    return n;
  }

  private static int outside(List<Double> values) {
    if (values == null) {
      return 0;
    }
    int n = 0;
    for (Double v : values) {
      n += v != null && Double.isFinite(v) && !ok(v) ? 1 : 0;
    }
    return n;
  }
}
