package org.bnclaims.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Number formats of the report: one place, locale-independent, NaN shown as a dash. */
final class Fmt {

  static final String MISSING = "\u2013";

  private Fmt() {}

  /** Three significant digits, plain notation for moderate magnitudes. */
  static String num(double v) {
    if (Double.isNaN(v)) {
      return MISSING;
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "\u221e" : "\u2212\u221e";
    }
    if (v == 0) {
      return "0";
    }
    double a = Math.abs(v);
    if (a >= 1e5 || a < 1e-4) {
      return String.format(Locale.ROOT, "%.2e", v).replace('-', '\u2212');
    }
    String s = new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    return s.replace('-', '\u2212');
  }

  /**
   * Decimals that give the largest finite magnitude among {@code vs} three significant digits, so
   * an estimate and its interval line up ({@code +0.031 [+0.022, +0.040]}); -1 when the values need
   * scientific notation or none is finite.
   */
  static int decimalsFor(double... vs) {
    int decimals = 0;
    boolean any = false;
    for (double v : vs) {
      if (!Double.isFinite(v) || v == 0) {
        continue;
      }
      double a = Math.abs(v);
      if (a >= 1e5 || a < 1e-4) {
        return -1;
      }
      any = true;
      BigDecimal r = new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros();
      decimals = Math.max(decimals, Math.max(0, r.scale()));
    }
    return any ? Math.min(6, decimals) : 0;
  }

  /** {@code v} with {@code decimals} decimals (scientific when {@code decimals < 0}). */
  static String fixed(double v, int decimals) {
    if (!Double.isFinite(v) || decimals < 0) {
      return num(v);
    }
    return String.format(Locale.ROOT, "%." + decimals + "f", v).replace('-', '\u2212');
  }

  /** A signed value with fixed decimals. */
  static String signed(double v, int decimals) {
    String s = fixed(v, decimals);
    return v > 0 && Double.isFinite(v) ? "+" + s : s;
  }

  /** An estimate and its interval with one number of decimals: {@code +0.031 [+0.022, +0.040]}. */
  static String effect(double estimate, double[] ci) {
    return signed(estimate, decimalsFor(estimate, lo(ci), hi(ci))) + " " + interval(estimate, ci);
  }

  /** The interval alone, with the decimals shared with its estimate. */
  static String interval(double estimate, double[] ci) {
    if (ci == null || ci.length < 2) {
      return MISSING;
    }
    int d = decimalsFor(estimate, ci[0], ci[1]);
    return "[" + signed(ci[0], d) + ", " + signed(ci[1], d) + "]";
  }

  private static double lo(double[] ci) {
    return ci == null || ci.length < 2 ? Double.NaN : ci[0];
  }

  private static double hi(double[] ci) {
    return ci == null || ci.length < 2 ? Double.NaN : ci[1];
  }

  /** A p-value: three decimals, {@code <0.001} below that. */
  static String p(double v) {
    if (Double.isNaN(v)) {
      return MISSING;
    }
    if (v < 0.001) {
      return "<0.001";
    }
    return String.format(Locale.ROOT, "%.3f", v);
  }

  /** Wall time: seconds below two minutes, else minutes and seconds. */
  static String seconds(double s) {
    if (Double.isNaN(s) || s < 0) {
      return MISSING;
    }
    if (s < 120) {
      return String.format(Locale.ROOT, s < 10 ? "%.1f s" : "%.0f s", s);
    }
    long total = Math.round(s);
    return String.format(Locale.ROOT, "%d min %02d s", total / 60, total % 60);
  }
}
