package org.bnclaims.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.commons.math3.stat.inference.TestUtils;
import org.junit.jupiter.api.Test;

class OneSidedTTest {

  @Test
  void quantilesMatchTables() {
    // Student t table (e.g. NIST/SEMATECH e-Handbook 1.3.6.7.2), upper 0.05 critical values;
    // docs/statistics.md section 5 verified 2.13185 against commons-math3-3.6.1.jar.
    assertEquals(2.13185, OneSidedT.quantile(0.95, 4), 1e-5);
    assertEquals(1.833, OneSidedT.quantile(0.95, 9), 1e-3);
    assertEquals(1.729, OneSidedT.quantile(0.95, 19), 1e-3);
    assertEquals(2.015, OneSidedT.quantile(0.95, 5), 1e-3);
  }

  @Test
  void oneSidedPIsHalfOfCommonsMathTwoSidedOnTheClaimedSideOnly() {
    double[] a = {1, 2, 3, 4, 5, 6};
    double[] b = {0.5, 1.2, 2.9, 3.1, 4.4, 5.1};
    // Reference implementation: CM's pairedTTest is two-sided, 2 * T.cdf(-|t|).
    double twoSided = TestUtils.pairedTTest(a, b);
    double t = TestUtils.pairedT(a, b);
    assertEquals(twoSided / 2, OneSidedT.pGreater(t, 5), 1e-12);
    assertEquals(1 - twoSided / 2, OneSidedT.pLess(t, 5), 1e-12);
    assertEquals(1 - twoSided / 2, OneSidedT.pGreater(-t, 5), 1e-12);
  }

  @Test
  void pAtTheCriticalValueIsAlpha() {
    assertEquals(0.05, OneSidedT.pGreater(2.13185, 4), 1e-6);
    assertEquals(0.05, OneSidedT.pLess(-2.13185, 4), 1e-6);
  }

  @Test
  void badArgumentsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> OneSidedT.pGreater(1, 0));
    assertThrows(IllegalArgumentException.class, () -> OneSidedT.quantile(1.0, 4));
  }
}
