package org.bnclaims.stats;

/** Argument checks shared by the procedures, so every bad input fails with the same wording. */
final class Inputs {
  private Inputs() {}

  /** Rejects null, empty, NaN and infinite values, naming the arm and the index. */
  static void finite(String arm, double[] values) {
    if (values == null) {
      throw new IllegalArgumentException("arm '" + arm + "' is null");
    }
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) {
        throw new IllegalArgumentException(
            "arm '"
                + arm
                + "' has a non-finite value "
                + values[i]
                + " at index "
                + i
                + " (a diverged run must be kept with its measured metric, not NaN)");
      }
    }
  }

  static void atLeastTwo(String arm, double[] values) {
    if (values.length < 2) {
      throw new IllegalArgumentException(
          "arm '" + arm + "' has " + values.length + " value(s); at least 2 seeds are needed");
    }
  }

  static void sameLength(String armA, double[] a, String armB, double[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException(
          "paired arms differ in length: '"
              + armA
              + "' has "
              + a.length
              + ", '"
              + armB
              + "' has "
              + b.length
              + " (pairing is by seed, so both need the same seeds)");
    }
  }

  static void margin(double margin) {
    if (!(margin > 0) || !Double.isFinite(margin)) {
      throw new IllegalArgumentException(
          "margin must be a finite number > 0 (fixed from the claim before running), got "
              + margin);
    }
  }

  static void alpha(double alpha) {
    if (!(alpha > 0 && alpha < 0.5)) {
      throw new IllegalArgumentException(
          "alpha must lie in (0, 0.5) (one-sided level per test), got " + alpha);
    }
  }

  /**
   * Rejects a design factor that does not vary (e.g. trend levels that are all the same). Values
   * equal up to rounding (range <= 1e-12 of their magnitude) count as equal. Measured data may be
   * constant; that is a degenerate statistic, not an error (see {@code TStat}).
   */
  static void varies(String what, double[] values) {
    double min = values[0];
    double max = values[0];
    for (double v : values) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    double magnitude = Math.max(1, Math.max(Math.abs(min), Math.abs(max)));
    if (max - min > 1e-12 * magnitude) {
      return;
    }
    throw new IllegalArgumentException(
        what
            + " has zero variance (all "
            + values.length
            + " values equal "
            + values[0]
            + "): nothing to regress on");
  }

  static double[] difference(double[] a, double[] b) {
    double[] d = new double[a.length];
    for (int i = 0; i < d.length; i++) {
      d[i] = a[i] - b[i];
    }
    return d;
  }

  static void hasNames(String what, int names, int arms) {
    if (names != arms) {
      throw new IllegalArgumentException(
          what + ": " + names + " names for " + arms + " arms; give one name per arm");
    }
  }
}
