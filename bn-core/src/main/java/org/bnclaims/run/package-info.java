/**
 * Running specs: the executor, the content-addressed run cache, run results, their JSON form and
 * their provenance.
 *
 * <p>A run directory is named by the spec hash and seed; it holds the spec, the result with its
 * provenance, and a completion marker written last and atomically. A directory without the marker
 * is redone, never read. The trainer plugs in as a {@link org.bnclaims.run.RunFunction}; {@link
 * org.bnclaims.run.RunExecutor} runs independent replicates in parallel through the {@link
 * org.bnclaims.run.RunCache} (it is the local {@link org.bnclaims.run.RunBackend}; the Spark one
 * lives in {@code org.bnclaims.spark}), and {@link org.bnclaims.run.EngineThreads} sizes PyTorch's
 * thread pools for the workers before the engine loads.
 */
package org.bnclaims.run;
