package org.bnclaims.claim;

import java.util.List;
import org.bnclaims.run.ProgressListener;
import org.bnclaims.run.RunJob;
import org.bnclaims.run.RunOutcome;
import org.bnclaims.run.RunsFailedException;

/**
 * Runs one batch of jobs through the cache, in parallel, and returns their outcomes in job order:
 * what a {@link Lab} needs of the executor, so tests can count and inspect its batches.
 */
@FunctionalInterface
interface RunBatches {

  /**
   * Runs every job; {@code listener} hears of each finished run (computed, cached or failed).
   *
   * @throws RunsFailedException after all jobs finished, if any failed
   */
  List<RunOutcome> run(List<RunJob> jobs, ProgressListener listener)
      throws RunsFailedException, InterruptedException;
}
