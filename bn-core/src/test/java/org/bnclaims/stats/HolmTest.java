package org.bnclaims.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class HolmTest {

  @Test
  void adjustsByHand() {
    // p = .01, .04, .03, .005; m = 4. Sorted: .005 (#4), .01 (#1), .03 (#3), .04 (#2).
    // Step 1: 4 * .005 = .02            -> .02
    // Step 2: 3 * .01  = .03, max(.02)  -> .03
    // Step 3: 2 * .03  = .06, max(.03)  -> .06
    // Step 4: 1 * .04  = .04, max(.06)  -> .06
    // In input order: .03, .06, .06, .02 (R: p.adjust(c(.01,.04,.03,.005), "holm") agrees).
    double[] adjusted = Holm.adjust(new double[] {0.01, 0.04, 0.03, 0.005});
    assertArrayEquals(new double[] {0.03, 0.06, 0.06, 0.02}, adjusted, 1e-12);
  }

  @Test
  void rejectsStepDownUntilTheFirstFailure() {
    // alpha .05: .005 <= .05/4 yes, .01 <= .05/3 yes, .03 <= .05/2 no -> stop.
    boolean[] r = Holm.reject(new double[] {0.01, 0.04, 0.03, 0.005}, 0.05);
    assertArrayEquals(new boolean[] {true, false, false, true}, r);
  }

  @Test
  void capsAtOne() {
    assertArrayEquals(new double[] {1, 1}, Holm.adjust(new double[] {0.6, 0.9}), 1e-12);
  }

  @Test
  void singlePValueIsUnchanged() {
    assertArrayEquals(new double[] {0.04}, Holm.adjust(new double[] {0.04}), 0);
  }

  @Test
  void rejectsInvalidP() {
    assertThrows(IllegalArgumentException.class, () -> Holm.adjust(new double[] {0.1, Double.NaN}));
    assertThrows(IllegalArgumentException.class, () -> Holm.adjust(new double[0]));
  }
}
