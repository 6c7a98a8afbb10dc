package org.bnclaims.run;

/**
 * A result as the cache delivered it.
 *
 * @param result the run's result
 * @param cacheHit true when it was read from a completed run directory instead of being computed
 */
public record RunOutcome(RunResult result, boolean cacheHit) {}
