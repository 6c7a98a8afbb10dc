/**
 * The claim-writing API: a published finding becomes a JUnit 5 test class annotated with {@link
 * org.bnclaims.claim.Claim}, whose methods run arms through a {@link org.bnclaims.claim.Lab} and
 * state the finding with {@link org.bnclaims.claim.Verdicts} assertions, so a claim reads like the
 * finding and yields a statistical verdict instead of a pass/fail on one run.
 *
 * <p>Three extensions, one concern each: engine setup (thread pools, the shared executor), the lab
 * as a parameter, and the verdict (JUnit outcome per method, verdict file per class). Settings come
 * from JUnit configuration parameters or system properties: {@code bn.profile} (smoke, reduced,
 * gpu; default reduced), {@code bn.seeds} (seed-count override), {@code bn.workers}, {@code
 * bn.cacheDir} and {@code bn.verdictDir} (default {@code target/bn-verdicts}).
 */
package org.bnclaims.claim;
