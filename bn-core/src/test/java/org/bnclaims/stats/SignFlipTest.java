package org.bnclaims.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

class SignFlipTest {

  @Test
  void allPositiveGivesOneOverTwoToTheN() {
    // Only the identity pattern reaches the observed sum: n = 6 -> 1/64 one-sided (two-sided
    // .03125, the sign/Wilcoxon known answer of docs/statistics.md section 5); n = 5 -> 1/32 =
    // .03125.
    assertEquals(1.0 / 64, SignFlip.exactP(new double[] {1, 2, 3, 4, 5, 6}), 1e-15);
    assertEquals(0.03125, SignFlip.exactP(new double[] {0.3, 1.1, 0.2, 2.5, 0.9}), 1e-15);
  }

  @Test
  void allNegativeGivesOne() {
    assertEquals(1.0, SignFlip.exactP(new double[] {-1, -2, -3}), 0);
  }

  @Test
  void handCountedSmallCase() {
    // d = {3, -1, 2}: observed sum 4. Sums of the 8 patterns (+-3 +-1 +-2): 6, 4(obs), 2, 0, 0,
    // -2, -4, -6 -> two reach 4: p = 2/8.
    assertEquals(0.25, SignFlip.exactP(new double[] {3, -1, 2}), 1e-15);
  }

  @Test
  void zerosCountAsTies() {
    // {1, 0}: patterns +1+0, +1-0, -1+0, -1-0 -> sums 1, 1, -1, -1: p = 2/4.
    assertEquals(0.5, SignFlip.exactP(new double[] {1, 0}), 1e-15);
  }

  @Test
  void grayCodeWalkMatchesDirectEnumeration() {
    Well19937c rng = new Well19937c(7);
    for (int n = 1; n <= 12; n++) {
      double[] d = new double[n];
      for (int i = 0; i < n; i++) {
        d[i] = rng.nextGaussian() + 0.3;
      }
      assertEquals(direct(d), SignFlip.exactP(d), 1e-15, "n=" + n);
    }
  }

  @Test
  void monteCarloBeyondTwentyIsCloseToTheExactValueBelow() {
    Well19937c rng = new Well19937c(11);
    double[] d = new double[20];
    for (int i = 0; i < d.length; i++) {
      d[i] = rng.nextGaussian() + 0.4;
    }
    double exact = SignFlip.exactP(d);
    double[] longer = new double[21];
    System.arraycopy(d, 0, longer, 0, 20);
    // One zero added leaves the exact p unchanged (flipping 0 changes nothing).
    double mc = SignFlip.p(longer, 3, 40_000);
    assertEquals(exact, mc, 4 * Math.sqrt(exact * (1 - exact) / 40_000) + 1e-4);
    assertThrows(IllegalArgumentException.class, () -> SignFlip.exactP(longer));
  }

  @Test
  void rejectsNaN() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> SignFlip.exactP(new double[] {1, Double.NaN}));
    assertTrue(e.getMessage().contains("index 1"), e.getMessage());
  }

  /** Independent reference: sum each of the 2^n sign patterns from scratch. */
  private static double direct(double[] d) {
    double observed = 0;
    for (double v : d) {
      observed += v;
    }
    int reach = 0;
    for (int mask = 0; mask < (1 << d.length); mask++) {
      double s = 0;
      for (int i = 0; i < d.length; i++) {
        s += ((mask >> i) & 1) == 1 ? -d[i] : d[i];
      }
      if (s >= observed - 1e-9) {
        reach++;
      }
    }
    return (double) reach / (1 << d.length);
  }
}
