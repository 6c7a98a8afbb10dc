package org.bnclaims.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FmtTest {

  @Test
  void numbersKeepThreeSignificantDigits() {
    assertEquals("0.042", Fmt.num(0.0420));
    assertEquals("97", Fmt.num(97.0));
    assertEquals("\u22121.23", Fmt.num(-1.2345));
    assertEquals("1.00e\u221205", Fmt.num(1e-5));
    assertEquals("\u2013", Fmt.num(Double.NaN));
    assertEquals("\u221e", Fmt.num(Double.POSITIVE_INFINITY));
  }

  @Test
  void anEstimateAndItsIntervalShareDecimals() {
    // 0.031, 0.022 and 0.04 need at most three decimals at three significant digits.
    assertEquals("+0.031 [+0.022, +0.040]", Fmt.effect(0.031, new double[] {0.022, 0.04}));
    // 0.0121 needs four; the interval follows.
    assertEquals("+0.0121 [+0.0070, +0.0171]", Fmt.effect(0.0121, new double[] {0.007, 0.0171}));
    // 1.2345 rounds to 1.23: two decimals for all.
    assertEquals(
        "\u22121.23 [\u22122.10, \u22120.90]", Fmt.effect(-1.2345, new double[] {-2.1, -0.9}));
    assertEquals("+3 \u2013", Fmt.effect(3, null));
  }

  @Test
  void pValuesAndTimes() {
    assertEquals("<0.001", Fmt.p(0.0004));
    assertEquals("0.050", Fmt.p(0.05));
    assertEquals("9.5 s", Fmt.seconds(9.49));
    assertEquals("41 s", Fmt.seconds(41.0));
    assertEquals("3 min 07 s", Fmt.seconds(187.4));
  }
}
