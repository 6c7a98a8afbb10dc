package org.bnclaims.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.math3.stat.interval.ClopperPearsonInterval;
import org.apache.commons.math3.stat.interval.ConfidenceInterval;
import org.junit.jupiter.api.Test;

class WinsTest {

  @Test
  void signTestFiveOfFive() {
    // 0.5^5 = .03125 (docs/statistics.md section 5, BinomialTest GREATER_THAN).
    assertEquals(0.03125, Wins.pGreater(5, 5), 1e-15);
    // 4 of 5: (5 + 1) / 32 = .1875.
    assertEquals(0.1875, Wins.pGreater(5, 4), 1e-15);
  }

  @Test
  void clopperPearsonMatchesCommonsMathInside() {
    ConfidenceInterval cm = new ClopperPearsonInterval().createInterval(10, 7, 0.9);
    assertArrayEquals(
        new double[] {cm.getLowerBound(), cm.getUpperBound()},
        Wins.clopperPearson(10, 7, 0.9),
        1e-9);
  }

  @Test
  void clopperPearsonAtTheEdgesWhereCommonsMathThrows() {
    // k = n: lower = ((1 - level)/2)^(1/n) = 0.05^(1/5) = 0.549280, upper 1; k = 0 mirrors it.
    assertArrayEquals(new double[] {0.549280, 1}, Wins.clopperPearson(5, 5, 0.9), 1e-6);
    assertArrayEquals(new double[] {0, 1 - 0.549280}, Wins.clopperPearson(5, 0, 0.9), 1e-6);
  }

  @Test
  void countsOnlyStrictWins() {
    assertEquals(2, Wins.count(new double[] {1, 0, -1, 3}));
  }
}
