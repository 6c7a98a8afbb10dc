package org.bnclaims.stats;

/**
 * A two-arm decision procedure with the shape of {@link Directional#paired}, so composite
 * procedures ({@link Ordering}, {@link Sequential}) can run any of them: the full decisions for
 * claims, or the t-only ones ({@link Directional#pairedT}) where the robustness statistics would
 * cost more than they tell, as in simulations.
 */
@FunctionalInterface
public interface Procedure {
  /** Decides on arms a and b with the claim's margin at one-sided level alpha. */
  Decision decide(double[] a, double[] b, double margin, double alpha);
}
