package org.bnclaims.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.junit.jupiter.api.Test;

class MannWhitneyExactTest {

  @Test
  void fiveVersusFiveSeparated() {
    // Only 1 of C(10,5) = 252 splits puts all five top ranks in x: 1/252 one-sided, 2/252 =
    // .0079365 two-sided (docs/statistics.md section 5; CM's normal approximation gives .0090).
    double[] x = {6, 7, 8, 9, 10};
    double[] y = {1, 2, 3, 4, 5};
    assertEquals(1.0 / 252, MannWhitneyExact.pGreater(x, y), 1e-15);
    assertEquals(0.0079365, 2 * MannWhitneyExact.pGreater(x, y), 1e-7);
    assertEquals(25, MannWhitneyExact.u1(x, y), 0);
  }

  @Test
  void threeVersusThreeSeparated() {
    // 1 of C(6,3) = 20 splits: .05 one-sided (exact two-sided .10; CM reports .0495).
    assertEquals(
        0.05, MannWhitneyExact.pGreater(new double[] {4, 5, 6}, new double[] {1, 2, 3}), 1e-15);
  }

  @Test
  void directionComesFromU1() {
    double[] x = {1, 2, 3};
    double[] y = {4, 5, 6};
    assertEquals(0, MannWhitneyExact.u1(x, y), 0);
    assertEquals(1.0, MannWhitneyExact.pGreater(x, y), 1e-15);
  }

  @Test
  void handCountedSmallCaseWithTies() {
    // x = {2, 2}, y = {1, 2}: pooled mid-ranks 1 (the 1), 3, 3, 3 (the three 2s). Sum of x ranks
    // = 6. The 6 splits of 2 from 4 values: {1,3} x3 -> 4, {3,3} x3 -> 6: P(sum >= 6) = 3/6.
    assertEquals(0.5, MannWhitneyExact.pGreater(new double[] {2, 2}, new double[] {1, 2}), 1e-15);
  }

  @Test
  void dynamicProgrammeEqualsFullEnumerationWithTies() {
    Well19937c rng = new Well19937c(5);
    for (int trial = 0; trial < 6; trial++) {
      int n1 = 3 + trial % 4;
      int n2 = 4 + trial % 3;
      double[] x = new double[n1];
      double[] y = new double[n2];
      // Values on a coarse grid, so ties are frequent (as with accuracies on 10,000 images).
      for (int i = 0; i < n1; i++) {
        x[i] = rng.nextInt(5) + 1;
      }
      for (int i = 0; i < n2; i++) {
        y[i] = rng.nextInt(5);
      }
      assertEquals(enumerate(x, y), MannWhitneyExact.pGreater(x, y), 1e-12, "trial " + trial);
    }
  }

  @Test
  void tenVersusTenWithoutTiesEqualsEnumeration() {
    Well19937c rng = new Well19937c(9);
    double[] x = new double[8];
    double[] y = new double[8];
    for (int i = 0; i < 8; i++) {
      x[i] = rng.nextGaussian() + 0.8;
      y[i] = rng.nextGaussian();
    }
    assertEquals(enumerate(x, y), MannWhitneyExact.pGreater(x, y), 1e-12);
  }

  @Test
  void rejectsBadInput() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            MannWhitneyExact.pGreater(
                new double[] {1, Double.POSITIVE_INFINITY}, new double[] {1}));
    assertThrows(
        IllegalArgumentException.class,
        () -> MannWhitneyExact.pGreater(new double[0], new double[] {1}));
  }

  /** Independent reference: enumerate every split of the pooled mid-ranks (C(n1+n2, n1)). */
  private static double enumerate(double[] x, double[] y) {
    int n = x.length + y.length;
    double[] pooled = new double[n];
    System.arraycopy(x, 0, pooled, 0, x.length);
    System.arraycopy(y, 0, pooled, x.length, y.length);
    double[] ranks = new NaturalRanking().rank(pooled);
    double observed = 0;
    for (int i = 0; i < x.length; i++) {
      observed += ranks[i];
    }
    int reach = 0;
    int all = 0;
    for (int mask = 0; mask < (1 << n); mask++) {
      if (Integer.bitCount(mask) != x.length) {
        continue;
      }
      all++;
      double s = 0;
      for (int i = 0; i < n; i++) {
        if (((mask >> i) & 1) == 1) {
          s += ranks[i];
        }
      }
      if (s >= observed - 1e-9) {
        reach++;
      }
    }
    return (double) reach / all;
  }
}
