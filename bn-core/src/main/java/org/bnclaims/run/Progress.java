package org.bnclaims.run;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * The state of a batch of runs after one more run finished; one is logged and passed to the {@link
 * ProgressListener} per finished run.
 *
 * @param job the run that just finished
 * @param specHash its spec hash
 * @param status how it finished
 * @param runTime how long it took (waiting for another process included)
 * @param done runs finished so far, this one included
 * @param total runs in the batch
 * @param cacheHits finished runs that were read from the cache
 * @param failures finished runs that failed
 * @param elapsed time since the batch started
 * @param eta estimated time until the batch finishes ({@link BatchClock}: cache hits do not count
 *     in the mean); empty until one run has been computed
 */
public record Progress(
    RunJob job,
    String specHash,
    Status status,
    Duration runTime,
    int done,
    int total,
    int cacheHits,
    int failures,
    Duration elapsed,
    Optional<Duration> eta) {

  /** How one run finished. */
  public enum Status {
    COMPUTED,
    CACHED,
    FAILED
  }

  /** Characters of the spec hash shown in log lines. */
  private static final int SHORT_HASH = 12;

  /**
   * One log line, e.g. {@code run 3/10 (1 cached, 0 failed), elapsed 0:42, eta 2:05: 6930e277e29e
   * seed 2 computed in 20.9 s}.
   */
  public String describe() {
    return String.format(
        Locale.ROOT,
        "run %d/%d (%d cached, %d failed), elapsed %s, eta %s: %s seed %d %s in %.1f s",
        done,
        total,
        cacheHits,
        failures,
        BatchClock.clock(elapsed),
        BatchClock.clock(eta),
        specHash.substring(0, Math.min(SHORT_HASH, specHash.length())),
        job.seed(),
        status.name().toLowerCase(Locale.ROOT),
        runTime.toMillis() / 1000.0);
  }
}
