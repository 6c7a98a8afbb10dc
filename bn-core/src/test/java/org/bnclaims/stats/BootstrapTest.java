package org.bnclaims.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.StatUtils;
import org.junit.jupiter.api.Test;

class BootstrapTest {

  private static double meanDifference(double[] a, double[] b) {
    return StatUtils.mean(a) - StatUtils.mean(b);
  }

  @Test
  void sameSeedSameInterval() {
    double[] a = {1, 3, 2, 5, 4};
    double[] b = {0, 1, 1, 2, 3};
    double[] first =
        Bootstrap.percentileCi(a, b, true, BootstrapTest::meanDifference, 500, 0.95, 42);
    double[] again =
        Bootstrap.percentileCi(a, b, true, BootstrapTest::meanDifference, 500, 0.95, 42);
    assertArrayEquals(first, again, 0);
  }

  @Test
  void largeSampleIntervalApproachesTheNormalInterval() {
    // For n = 400 the percentile interval of a mean difference is close to estimate +- 1.96 se.
    Well19937c rng = new Well19937c(1);
    double[] a = new double[400];
    double[] b = new double[400];
    for (int i = 0; i < a.length; i++) {
      a[i] = rng.nextGaussian() + 0.5;
      b[i] = rng.nextGaussian();
    }
    double[] ci = Bootstrap.percentileCi(a, b, false, BootstrapTest::meanDifference, 2000, 0.95, 3);
    double se = Math.sqrt(StatUtils.variance(a) / 400 + StatUtils.variance(b) / 400);
    double est = meanDifference(a, b);
    assertEquals(est - 1.96 * se, ci[0], 0.15 * se);
    assertEquals(est + 1.96 * se, ci[1], 0.15 * se);
  }

  @Test
  void pairedResamplingKeepsPairsTogether() {
    // b = a - 1 exactly: every paired resample has mean difference 1, unpaired ones do not.
    double[] a = {3, 9, 1, 7, 5};
    double[] b = {2, 8, 0, 6, 4};
    double[] paired =
        Bootstrap.percentileCi(a, b, true, BootstrapTest::meanDifference, 300, 0.9, 8);
    assertArrayEquals(new double[] {1, 1}, paired, 1e-12);
    double[] unpaired =
        Bootstrap.percentileCi(a, b, false, BootstrapTest::meanDifference, 300, 0.9, 8);
    assertTrue(unpaired[1] - unpaired[0] > 1);
  }

  @Test
  void rejectsBadArguments() {
    double[] a = {1, 2};
    assertThrows(
        IllegalArgumentException.class,
        () ->
            Bootstrap.percentileCi(
                a, new double[] {1}, true, BootstrapTest::meanDifference, 500, 0.9, 1));
    assertThrows(
        IllegalArgumentException.class,
        () -> Bootstrap.percentileCi(a, a, true, BootstrapTest::meanDifference, 10, 0.9, 1));
  }
}
