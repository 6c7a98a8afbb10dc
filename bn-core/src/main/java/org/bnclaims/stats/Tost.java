package org.bnclaims.stats;

/**
 * Two one-sided tests (TOST) for equivalence within +-margin, and its mirror, the minimal-effect
 * test, because Commons Math has neither (docs/statistics.md 3b; TOSTER {@code t_TOST}).
 *
 * <p>Equivalence: H0 "|Delta| >= margin" is rejected at alpha iff the (1 - 2 alpha) interval lies
 * inside (-margin, margin); the TOST p is the larger of the two one-sided p-values. Minimal effect:
 * H0 "|Delta| <= margin" is rejected iff the interval lies wholly beyond one of the margins; its p
 * is the smaller of the two one-sided p-values against "beyond".
 */
public final class Tost {
  private Tost() {}

  /** p of H0 "Delta <= -margin" against "greater" (the lower of the two one-sided tests). */
  public static double pLower(double estimate, double se, double df, double margin) {
    return OneSidedT.pGreater((estimate + margin) / se, df);
  }

  /** p of H0 "Delta >= margin" against "less" (the upper of the two one-sided tests). */
  public static double pUpper(double estimate, double se, double df, double margin) {
    return OneSidedT.pLess((estimate - margin) / se, df);
  }

  /** The TOST p: max of {@link #pLower} and {@link #pUpper}; small means "equivalent". */
  public static double p(double estimate, double se, double df, double margin) {
    return Math.max(pLower(estimate, se, df, margin), pUpper(estimate, se, df, margin));
  }

  /**
   * The minimal-effect-test p: min of p(H0 "Delta <= margin") and p(H0 "Delta >= -margin"); small
   * means "the effect exceeds the margin in one direction".
   */
  public static double minimalEffectP(double estimate, double se, double df, double margin) {
    return Math.min(
        OneSidedT.pGreater((estimate - margin) / se, df),
        OneSidedT.pLess((estimate + margin) / se, df));
  }
}
