package org.bnclaims.run;

import java.util.List;

/**
 * Where a batch of replicates runs: {@link RunExecutor} on this machine's workers, or the Spark
 * backend on a cluster. Every backend groups seeds with {@link SeedBatches}, reads and writes
 * results only through the {@link RunCache} on the caller's machine, and returns outcomes in job
 * order; a later run on another backend is served from the same cache.
 */
public interface RunBackend extends AutoCloseable {

  /**
   * Runs every job (cached ones are only read) and returns the outcomes in job order.
   *
   * @throws RunsFailedException after all jobs finished, if any failed
   * @throws InterruptedException if interrupted while waiting
   */
  List<RunOutcome> runAll(List<RunJob> jobs) throws RunsFailedException, InterruptedException;

  /** How many runs (or seed batches) train at once. */
  int workers();

  /** Releases what the backend holds (threads, a cluster connection); the default holds nothing. */
  @Override
  default void close() {}
}
