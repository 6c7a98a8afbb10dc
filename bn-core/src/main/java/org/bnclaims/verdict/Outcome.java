package org.bnclaims.verdict;

/** A claim's verdict, ordered from best to worst for regression checks. */
public enum Outcome {
  SUPPORTED,
  INCONCLUSIVE,
  REFUTED,
  /** Not decided: the data could not be had, or the claim could not run here. */
  SKIPPED;

  /** Rank for regression gating: higher is better; SKIPPED has no rank. */
  public int rank() {
    return switch (this) {
      case SUPPORTED -> 2;
      case INCONCLUSIVE -> 1;
      case REFUTED -> 0;
      case SKIPPED -> -1;
    };
  }
}
