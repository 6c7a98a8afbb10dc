package org.bnclaims.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bnclaims.verdict.Outcome;
import org.junit.jupiter.api.Test;

class TrendTest {
  static final double[] LOG2_BATCH = {1, 3, 5, 7};
  static final double[] SEED_SLOPE_NOISE = {0.1, -0.05, 0.02, -0.08, 0.06, -0.03};

  /** Gains g = base + slope * x + per-seed slope noise * x + per-seed offset. */
  static double[][] gains(double slope) {
    double[][] v = new double[SEED_SLOPE_NOISE.length][LOG2_BATCH.length];
    for (int s = 0; s < v.length; s++) {
      for (int j = 0; j < LOG2_BATCH.length; j++) {
        v[s][j] = 5 + 0.3 * s + (slope + SEED_SLOPE_NOISE[s]) * LOG2_BATCH[j];
      }
    }
    return v;
  }

  @Test
  void slopesAreExactForLinearData() {
    TrendResult r =
        Trend.perSeedSlopes(LOG2_BATCH, gains(-1), 0.5, 0.05, Trend.Direction.DECREASING);
    for (int s = 0; s < SEED_SLOPE_NOISE.length; s++) {
      assertEquals(-1 + SEED_SLOPE_NOISE[s], r.slopes()[s], 1e-12);
    }
    // Mean slope = -1 + mean(noise) = -1 + 0.02/6.
    assertEquals(-1 + 0.02 / 6, r.slope().estimate(), 1e-12);
    assertTrue(r.slope().ci90()[1] < 0);
    assertEquals(Outcome.SUPPORTED, r.outcome());
    assertEquals(4, r.levels().size());
    assertEquals(5 + 0.3 * 2.5 + (-1 + 0.02 / 6) * 7, r.levels().get(3).mean(), 1e-9);
  }

  @Test
  void flatTrendIsRefuted() {
    TrendResult r =
        Trend.perSeedSlopes(LOG2_BATCH, gains(0), 0.5, 0.05, Trend.Direction.DECREASING);
    assertTrue(r.slope().ci90()[0] > -0.5);
    assertEquals(Outcome.REFUTED, r.outcome());
  }

  @Test
  void increasingIsTheMirror() {
    assertEquals(
        Outcome.SUPPORTED,
        Trend.perSeedSlopes(LOG2_BATCH, gains(1), 0.5, 0.05, Trend.Direction.INCREASING).outcome());
    assertEquals(
        Outcome.REFUTED,
        Trend.perSeedSlopes(LOG2_BATCH, gains(-1), 0.5, 0.05, Trend.Direction.INCREASING)
            .outcome());
  }

  @Test
  void noisySlopesAreInconclusive() {
    double[][] v = {{0, -1, -2, -3}, {0, 0.5, 1, 1.5}, {0, -1.5, -3, -4.5}, {0, 0.2, 0.4, 0.6}};
    // slopes per unit x (x step 2): -0.5, 0.25, -0.75, 0.1: mean -0.225, wide interval.
    TrendResult r = Trend.perSeedSlopes(LOG2_BATCH, v, 0.2, 0.05, Trend.Direction.DECREASING);
    assertEquals(-0.225, r.slope().estimate(), 1e-12);
    assertEquals(Outcome.INCONCLUSIVE, r.outcome());
  }

  @Test
  void validates() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            Trend.perSeedSlopes(
                LOG2_BATCH, new double[][] {{1, 2, 3, 4}}, 0.5, 0.05, Trend.Direction.DECREASING));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Trend.perSeedSlopes(
                    LOG2_BATCH,
                    new double[][] {{1, 2, 3, 4}, {1, Double.NaN, 3, 4}},
                    0.5,
                    0.05,
                    Trend.Direction.DECREASING));
    assertTrue(e.getMessage().contains("seed 1") && e.getMessage().contains("index 1"));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            Trend.perSeedSlopes(
                new double[] {2, 2},
                new double[][] {{1, 2}, {2, 3}},
                0.5,
                0.05,
                Trend.Direction.DECREASING));
    // Identical slopes for every seed are a degenerate decision: slope +1 refutes a decrease.
    assertEquals(
        Outcome.REFUTED,
        Trend.perSeedSlopes(
                LOG2_BATCH,
                new double[][] {{1, 2, 3, 4}, {2, 3, 4, 5}},
                0.5,
                0.05,
                Trend.Direction.DECREASING)
            .slope()
            .outcome());
  }
}
