/**
 * The claim-writing API: a published finding becomes a JUnit 5 test class annotated with {@link
 * org.bnclaims.claim.Claim}, whose methods (plain {@code @Test}s, or {@code @ParameterizedTest}s
 * with one named row per grid point) run arms through a {@link org.bnclaims.claim.Lab} and state
 * the finding with {@link org.bnclaims.claim.Verdicts} assertions, so a claim reads like the
 * finding and yields a statistical verdict instead of a pass/fail on one run.
 *
 * <p>Five extensions, one concern each, their state in the JUnit Store under their own namespace:
 * the lab (engine setup, the shared run cache, the {@code Lab} parameter), the claim's record (the
 * {@code Verdicts} parameter and what it gathered), unavailable data (SKIPPED instead of an error),
 * the JUnit outcome of each test or row, and the verdict file of the class. Settings come from
 * JUnit configuration parameters or system properties: {@code bn.profile} (smoke, reduced, gpu;
 * default reduced), {@code bn.seeds} (seed-count override), {@code bn.workers}, {@code bn.cacheDir}
 * and {@code bn.verdictDir} (default {@code target/bn-verdicts}).
 */
package org.bnclaims.claim;
