package org.bnclaims.run;

import java.util.List;

/**
 * Where a batch of replicates runs: {@link RunExecutor} on this machine's workers, or the Spark
 * backend on a cluster. Every backend groups seeds with {@link SeedBatches}, reads and writes
 * results only through the {@link RunCache} on the caller's machine, and returns outcomes in job
 * order; a later run on another backend is served from the same cache.
 *
 * <p>A backend is shared by callers on several threads (the claims of one build run two at a time,
 * so that one claim's last runs do not leave a worker idle): concurrent calls share the same
 * workers, and their seed batches queue in the order the calls made them.
 */
public interface RunBackend extends AutoCloseable {

  /**
   * Runs every job (cached ones are only read) and returns the outcomes in job order.
   *
   * @param label names the caller in the progress log lines (a claim id), or is empty
   * @param listener hears of each finished run of this call, besides the backend's own listener
   * @throws RunsFailedException after all jobs finished, if any failed
   * @throws InterruptedException if interrupted while waiting; this call's runs are cancelled
   */
  List<RunOutcome> runAll(String label, List<RunJob> jobs, ProgressListener listener)
      throws RunsFailedException, InterruptedException;

  /** {@link #runAll(String, List, ProgressListener)} without a label or a listener of its own. */
  default List<RunOutcome> runAll(List<RunJob> jobs)
      throws RunsFailedException, InterruptedException {
    return runAll("", jobs, p -> {});
  }

  /** How many runs (or seed batches) train at once. */
  int workers();

  /** Releases what the backend holds (threads, a cluster connection); the default holds nothing. */
  @Override
  default void close() {}
}
