package org.bnclaims.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EffectSizeTest {

  @Test
  void dzByHand() {
    // d = {0.5, 0.8, 0.1, 0.9, 0.6, 0.9}: mean 3.8/6 = 0.633333; squared deviations sum 0.473333,
    // var 0.0946667, sd 0.3076795; d_z = 0.6333333 / 0.3076795 = 2.058419.
    assertEquals(2.058419, EffectSize.dz(new double[] {0.5, 0.8, 0.1, 0.9, 0.6, 0.9}), 1e-5);
  }

  @Test
  void hedgesGByHand() {
    // a = 1..5, b = 3..7: mean difference -2, both variances 2.5, s_p = 1.581139, Cohen's d =
    // -1.264911; J = 1 - 3/(4*10 - 9) = 0.903226; g = -1.142500.
    assertEquals(
        -1.142500,
        EffectSize.hedgesG(new double[] {1, 2, 3, 4, 5}, new double[] {3, 4, 5, 6, 7}),
        1e-6);
  }

  @Test
  void noSpreadHasNoStandardizedEffect() {
    assertTrue(Double.isNaN(EffectSize.dz(new double[] {1, 1, 1})));
    assertTrue(Double.isNaN(EffectSize.hedgesG(new double[] {2, 2}, new double[] {1, 1})));
  }

  @Test
  void a12ByHand() {
    // a = {1, 2, 3}, b = {2, 2}: pairs (1,2)x2 lose, (2,2)x2 tie = 1, (3,2)x2 win = 2 -> 3/6.
    assertEquals(0.5, ProbabilityOfSuperiority.a12(new double[] {1, 2, 3}, new double[] {2, 2}), 0);
    assertEquals(1.0, ProbabilityOfSuperiority.a12(new double[] {5, 6}, new double[] {1, 2}), 0);
  }

  @Test
  void noetherSampleSize() {
    // Noether 1987: (z_.95 + z_.95)^2 / (6 (.75 - .5)^2) = (2 * 1.644854)^2 / 0.375 = 28.86
    // (docs/statistics.md section 1: the "29 runs" of Bouthillier et al.).
    assertEquals(28.86, ProbabilityOfSuperiority.noetherN(0.75, 0.05, 0.95), 0.005);
    // power .8: (1.644854 + 0.841621)^2 / 0.375 = 16.49.
    assertEquals(16.49, ProbabilityOfSuperiority.noetherN(0.75, 0.05, 0.8), 0.005);
  }
}
