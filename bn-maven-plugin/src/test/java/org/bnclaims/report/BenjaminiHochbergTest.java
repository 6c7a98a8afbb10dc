package org.bnclaims.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class BenjaminiHochbergTest {

  @Test
  void adjustsByHand() {
    // p = {0.01, 0.04, 0.03, 0.005}, m = 4. Ascending: 0.005 (r1), 0.01 (r2), 0.03 (r3), 0.04 (r4).
    // m p / r: 0.02, 0.02, 0.04, 0.04. Running minimum from the top: q4 = 0.04, q3 = 0.04,
    // q2 = 0.02, q1 = 0.02. Back in input order: {0.02, 0.04, 0.04, 0.02}.
    double[] q = BenjaminiHochberg.adjust(new double[] {0.01, 0.04, 0.03, 0.005});
    assertArrayEquals(new double[] {0.02, 0.04, 0.04, 0.02}, q, 1e-12);
    assertEquals(4, BenjaminiHochberg.count(new double[] {0.01, 0.04, 0.03, 0.005}, 0.05));
    assertEquals(2, BenjaminiHochberg.count(new double[] {0.01, 0.04, 0.03, 0.005}, 0.03));
  }

  @Test
  void stepUpLetsALargerPValueCarryASmallerOne() {
    // p = {0.04, 0.045, 0.001}: ascending 0.001 (r1), 0.04 (r2), 0.045 (r3); m p / r = 0.003,
    // 0.06, 0.045. q3 = 0.045, q2 = min(0.045, 0.06) = 0.045, q1 = 0.003. 0.04 alone would give
    // 0.06 > 0.05, but the step-up rejects all three at FDR 0.05 because p(3) <= 3/3 * 0.05.
    double[] p = {0.04, 0.045, 0.001};
    assertArrayEquals(new double[] {0.045, 0.045, 0.003}, BenjaminiHochberg.adjust(p), 1e-12);
    assertArrayEquals(new boolean[] {true, true, true}, BenjaminiHochberg.rejected(p, 0.05));
    // At FDR 0.044 only p(1): p(3) = 0.045 > 0.044 and p(2) = 0.04 > 2/3 * 0.044 = 0.0293.
    assertArrayEquals(new boolean[] {false, false, true}, BenjaminiHochberg.rejected(p, 0.044));
  }

  @Test
  void neverExceedsTheLargestPAndRejectsInvalidInput() {
    // p = {0.9, 0.8}: m p / r = 1.6 (r1, above 1) and 0.9 (r2); the running minimum from the top
    // gives 0.9 for both.
    assertArrayEquals(
        new double[] {0.9, 0.9}, BenjaminiHochberg.adjust(new double[] {0.9, 0.8}), 1e-12);
    assertEquals(0, BenjaminiHochberg.adjust(new double[0]).length);
    assertThrows(
        IllegalArgumentException.class, () -> BenjaminiHochberg.adjust(new double[] {Double.NaN}));
    assertThrows(
        IllegalArgumentException.class, () -> BenjaminiHochberg.adjust(new double[] {1.2}));
  }
}
