/**
 * Decision procedures that turn seed-replicated measurements into a claim's verdict (DESIGN.md
 * section 10, docs/statistics.md sections 3 and 4), built on Commons Math 3.6.1 plus what it lacks.
 *
 * <p>The procedures are {@link org.bnclaims.stats.Directional} ("A beats B by at least delta"),
 * {@link org.bnclaims.stats.NoEffect} (TOST), {@link org.bnclaims.stats.Ordering} (chains and "best
 * of k" as intersection-union tests, refuted under Holm), {@link org.bnclaims.stats.Trend}
 * (per-seed slopes), {@link org.bnclaims.stats.OneSample} and {@link org.bnclaims.stats.Sequential}
 * (seeds in batches with group-sequential bounds). Each returns a {@link
 * org.bnclaims.stats.Decision} that converts to a {@link org.bnclaims.verdict.TestReport}.
 *
 * <p>The building blocks are public and tested one by one because Commons Math gets them wrong or
 * lacks them: one-sided t p-values ({@link org.bnclaims.stats.OneSidedT}; CM's are two-sided),
 * {@link org.bnclaims.stats.Tost}, {@link org.bnclaims.stats.Holm}, an exact sign-flip test ({@link
 * org.bnclaims.stats.SignFlip}; CM's exact Wilcoxon cannot reject at n = 5 and is not clamped), an
 * exact Mann-Whitney test ({@link org.bnclaims.stats.MannWhitneyExact}; CM's is a normal
 * approximation that loses the direction), {@link org.bnclaims.stats.Bootstrap}, {@link
 * org.bnclaims.stats.EffectSize}, {@link org.bnclaims.stats.ProbabilityOfSuperiority} and {@link
 * org.bnclaims.stats.Wins} (CM's Clopper-Pearson fails at 0 and n successes).
 *
 * <p>Every input is checked first: NaN or infinite values, fewer than two seeds, zero variance (a
 * seed that is not plumbed through), a non-positive margin or an alpha outside (0, 0.5) throw
 * {@link java.lang.IllegalArgumentException} naming the argument. All randomness comes from fixed
 * seeds, so the same data always give the same decision.
 */
package org.bnclaims.stats;
