package org.bnclaims.stats;

import java.util.List;
import org.bnclaims.verdict.Outcome;

/**
 * A trend decision with the per-seed slopes it rests on and the per-level summaries the report
 * shows (docs/statistics.md 3d step 5).
 *
 * @param slope the decision on the mean per-seed slope
 * @param slopes one least-squares slope per seed, in seed order
 * @param levels mean and intervals of the values at each level
 */
public record TrendResult(Decision slope, double[] slopes, List<Level> levels) {

  /** Copies the slopes and levels so the result cannot change. */
  public TrendResult {
    slopes = slopes.clone();
    levels = List.copyOf(levels);
  }

  @Override
  public double[] slopes() {
    return slopes.clone();
  }

  /** The verdict of the trend claim. */
  public Outcome outcome() {
    return slope.outcome();
  }

  /**
   * The values at one level across seeds: when they are gains, a caller wanting a verdict per level
   * runs {@link Directional#paired} on the arms at that level.
   *
   * @param x the level coordinate
   * @param mean mean over seeds
   * @param sd standard deviation over seeds
   * @param ci90 the (1 - 2 alpha) t interval
   * @param ci95 the 95% t interval
   */
  public record Level(double x, double mean, double sd, double[] ci90, double[] ci95) {}
}
