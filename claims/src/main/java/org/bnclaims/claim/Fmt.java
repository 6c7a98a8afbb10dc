package org.bnclaims.claim;

import java.math.BigDecimal;
import java.math.MathContext;

/** Numbers in messages and reasons: three significant digits, no exponent for ordinary sizes. */
final class Fmt {

  private Fmt() {}

  static String num(double v) {
    if (Double.isNaN(v)) {
      return "NaN";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "Infinity" : "-Infinity";
    }
    if (v == 0) {
      return "0";
    }
    double a = Math.abs(v);
    if (a < 1e-4 || a >= 1e6) {
      return String.format("%.3g", v);
    }
    return new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros().toPlainString();
  }

  /** A signed number, for estimates: {@code +2.31}, {@code -0.4}. */
  static String signed(double v) {
    return (v > 0 ? "+" : "") + num(v);
  }

  static String interval(double[] ci) {
    return "[" + num(ci[0]) + ", " + num(ci[1]) + "]";
  }
}
