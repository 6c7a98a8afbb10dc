package org.bnclaims.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TostTest {

  @Test
  void tostIsTheLargerOfTwoOneSidedT() {
    // estimate .2, se .25, df 9, margin 1: t_lower = (.2 + 1)/.25 = 4.8, t_upper = (.2 - 1)/.25 =
    // -3.2; p_lower = P(T9 >= 4.8), p_upper = P(T9 <= -3.2); the TOST p is the larger.
    double pLower = OneSidedT.pGreater(4.8, 9);
    double pUpper = OneSidedT.pLess(-3.2, 9);
    assertEquals(pLower, Tost.pLower(0.2, 0.25, 9, 1), 1e-15);
    assertEquals(pUpper, Tost.pUpper(0.2, 0.25, 9, 1), 1e-15);
    assertEquals(Math.max(pLower, pUpper), Tost.p(0.2, 0.25, 9, 1), 1e-15);
    // P(T9 <= -3.2) = .00541 (t table: t_.995,9 = 3.25, t_.99,9 = 2.82), so equivalence at .05.
    assertTrue(Tost.p(0.2, 0.25, 9, 1) < 0.01);
  }

  @Test
  void tostRejectsExactlyWhenTheDecisionIntervalLiesInsideTheMargins() {
    double se = 0.3;
    double df = 7;
    double q = OneSidedT.quantile(0.95, df);
    for (double est = -1.5; est <= 1.5; est += 0.05) {
      boolean inside = est - q * se > -1 && est + q * se < 1;
      assertEquals(inside, Tost.p(est, se, df, 1) < 0.05, "estimate " + est);
      boolean beyond = est - q * se > 1 || est + q * se < -1;
      assertEquals(beyond, Tost.minimalEffectP(est, se, df, 1) < 0.05, "estimate " + est);
    }
  }
}
