package org.bnclaims.stats;

import java.util.function.ToDoubleBiFunction;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * Percentile-bootstrap confidence intervals of a two-sample statistic from a seeded {@code
 * Well19937c}, so the same data always give the same interval (docs/statistics.md 2.5; rliable's
 * percentile method).
 *
 * <p>Paired data resample seed indices jointly (keeping each seed's pair together); unpaired data
 * resample each arm on its own. Quantiles use Commons Math's {@link Percentile} default estimator.
 */
public final class Bootstrap {
  /** Resamples used by the procedures for the A12 interval. */
  public static final int DEFAULT_REPS = 2000;

  /** Generator seed used by the procedures, fixed so decisions are reproducible. */
  public static final long DEFAULT_SEED = 20_240_601L;

  private Bootstrap() {}

  /**
   * The (level) percentile interval of {@code statistic(a, b)} over {@code reps} resamples.
   *
   * @param a first arm
   * @param b second arm
   * @param paired resample seeds jointly (arms must then have equal length)
   * @param statistic the statistic of a resampled pair of arms
   * @param reps number of resamples, at least 100
   * @param level two-sided coverage in (0, 1), e.g. 0.95
   * @param seed generator seed
   * @return {lower, upper}
   */
  public static double[] percentileCi(
      double[] a,
      double[] b,
      boolean paired,
      ToDoubleBiFunction<double[], double[]> statistic,
      int reps,
      double level,
      long seed) {
    Inputs.finite("a", a);
    Inputs.finite("b", b);
    if (a.length == 0 || b.length == 0) {
      throw new IllegalArgumentException("bootstrap needs non-empty arms");
    }
    if (paired) {
      Inputs.sameLength("a", a, "b", b);
    }
    if (reps < 100) {
      throw new IllegalArgumentException("bootstrap needs at least 100 resamples, got " + reps);
    }
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("bootstrap level must lie in (0, 1), got " + level);
    }
    Well19937c rng = new Well19937c(seed);
    double[] ra = new double[a.length];
    double[] rb = new double[b.length];
    double[] stats = new double[reps];
    for (int r = 0; r < reps; r++) {
      for (int i = 0; i < a.length; i++) {
        int j = rng.nextInt(a.length);
        ra[i] = a[j];
        if (paired) {
          rb[i] = b[j];
        }
      }
      if (!paired) {
        for (int i = 0; i < b.length; i++) {
          rb[i] = b[rng.nextInt(b.length)];
        }
      }
      stats[r] = statistic.applyAsDouble(ra, rb);
    }
    double tail = (1 - level) / 2 * 100;
    Percentile percentile = new Percentile();
    percentile.setData(stats);
    return new double[] {percentile.evaluate(tail), percentile.evaluate(100 - tail)};
  }
}
