package org.bnclaims.claim;

/**
 * What a claim's reference arm must reach for its finding to apply at all, fixed with the claim
 * before anything runs: {@code Regime.atLeast(90)} for "final training accuracy at least 90%".
 * Passed to {@link Verdicts#regime}, which compares the arm's mean over seeds with it.
 */
public final class Regime {

  private final boolean atLeast;
  private final double threshold;

  private Regime(boolean atLeast, double threshold) {
    if (!Double.isFinite(threshold)) {
      throw new IllegalArgumentException("a regime threshold must be finite, got " + threshold);
    }
    this.atLeast = atLeast;
    this.threshold = threshold;
  }

  /** The value must be at least {@code threshold}. */
  public static Regime atLeast(double threshold) {
    return new Regime(true, threshold);
  }

  /** The value must be at most {@code threshold} (e.g. a final training loss). */
  public static Regime atMost(double threshold) {
    return new Regime(false, threshold);
  }

  /** The threshold. */
  public double threshold() {
    return threshold;
  }

  /** {@code ">="} or {@code "<="}, as the verdict file writes it. */
  public String comparison() {
    return atLeast ? ">=" : "<=";
  }

  /** Whether {@code value} is in the regime; NaN never is. */
  public boolean admits(double value) {
    return atLeast ? value >= threshold : value <= threshold;
  }

  @Override
  public String toString() {
    return comparison() + " " + Fmt.num(threshold);
  }
}
