package org.bnclaims.stats;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * Decides a trend claim ("the BN gain shrinks as the batch size grows") from per-seed slopes
 * (docs/statistics.md 3d): each seed's values are regressed on x (the caller passes log2 of the
 * batch size), and a one-sample t on the slopes decides, because seeds, not levels, are the
 * independent units. Correlating k level means instead cannot reach p < .05 at k = 4.
 *
 * <p>For a claimed decrease with slope margin delta: SUPPORTED if U < 0 and L <= -delta, REFUTED if
 * L > -delta (flat or increasing is shown), otherwise INCONCLUSIVE; an increase is the mirror. The
 * estimate and intervals are the mean slope on the data's scale.
 */
public final class Trend {
  /** The claimed direction of the trend. */
  public enum Direction {
    DECREASING,
    INCREASING
  }

  private Trend() {}

  /**
   * Tests the trend of {@code values[seed][level]} over {@code x[level]}.
   *
   * @param x level coordinates (e.g. log2 batch size), at least two distinct values
   * @param values one row per seed, one column per level (e.g. the BN gain)
   * @param slopeMargin the claim's slope margin delta > 0 (units of value per unit of x)
   * @param alpha one-sided alpha in (0, 0.5)
   * @param direction the claimed direction
   */
  public static TrendResult perSeedSlopes(
      double[] x, double[][] values, double slopeMargin, double alpha, Direction direction) {
    Inputs.finite("x", x);
    Inputs.atLeastTwo("x", x);
    Inputs.varies("x (the levels)", x);
    if (values == null || direction == null) {
      throw new IllegalArgumentException("values and direction must not be null");
    }
    if (values.length < 2) {
      throw new IllegalArgumentException(
          "trend needs at least 2 seeds (rows of values), got " + values.length);
    }
    double[] slopes = new double[values.length];
    for (int s = 0; s < values.length; s++) {
      double[] row = values[s];
      Inputs.finite("values[seed " + s + "]", row);
      if (row.length != x.length) {
        throw new IllegalArgumentException(
            "values[seed " + s + "] has " + row.length + " levels, x has " + x.length);
      }
      SimpleRegression regression = new SimpleRegression();
      for (int j = 0; j < x.length; j++) {
        regression.addData(x[j], row[j]);
      }
      slopes[s] = regression.getSlope();
    }
    Decision slope =
        OneSample.test(
            "per-seed slopes", slopes, 0, slopeMargin, alpha, direction == Direction.INCREASING);
    List<TrendResult.Level> levels = new ArrayList<>();
    for (int j = 0; j < x.length; j++) {
      double[] column = new double[values.length];
      for (int s = 0; s < values.length; s++) {
        column[s] = values[s][j];
      }
      TStat t = TStat.oneSample(column);
      levels.add(
          new TrendResult.Level(
              x[j],
              t.estimate(),
              Math.sqrt(StatUtils.variance(column)),
              t.interval(alpha),
              t.interval(0.025)));
    }
    return new TrendResult(slope, slopes, levels);
  }
}
