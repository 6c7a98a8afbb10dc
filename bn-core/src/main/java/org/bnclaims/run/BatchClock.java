package org.bnclaims.run;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Progress of a batch of items (the runs of an executor batch, the claims of a suite): how many are
 * done, the time since the batch started, and an ETA. The ETA is the mean time of the items that
 * did work (cache hits and skipped items finish at once and would make it optimistic), times the
 * items left, shared among the workers that can still be busy; it is unknown until one item did
 * work. This is the one progress clock of the project: the executor's run lines and the Maven
 * plugin's claim lines both use it, so they agree on what an ETA means and how it is printed.
 *
 * <p>Thread-safe. It uses only the JDK, so the plugin's forked launcher can load it without the
 * lab's engine.
 */
public final class BatchClock {

  private final int total;
  private final int workers;
  private final LongSupplier nanoTime;
  private final long start;
  private int done;
  private int worked;
  private long workedNanos;

  /**
   * A clock for {@code total} items on {@code workers} parallel workers, started now.
   *
   * @param nanoTime the time source ({@code System::nanoTime}; tests pass their own)
   */
  public BatchClock(int total, int workers, LongSupplier nanoTime) {
    if (total < 0 || workers < 1) {
      throw new IllegalArgumentException(
          "a batch needs total >= 0 and workers >= 1, got " + total + " and " + workers);
    }
    this.total = total;
    this.workers = workers;
    this.nanoTime = nanoTime;
    this.start = nanoTime.getAsLong();
  }

  /**
   * The state after one more item finished.
   *
   * @param done items finished, this one included
   * @param total items in the batch
   * @param elapsed time since the batch started
   * @param eta time until the batch should finish; empty while no item did work
   */
  public record Tick(int done, int total, Duration elapsed, Optional<Duration> eta) {}

  /**
   * Counts one finished item.
   *
   * @param itemTime how long it took
   * @param didWork false for an item that finished without working (a cache hit, a skipped claim):
   *     it is counted as done but not in the mean
   */
  public synchronized Tick finished(Duration itemTime, boolean didWork) {
    done++;
    if (didWork) {
      worked++;
      workedNanos += itemTime.toNanos();
    }
    return new Tick(
        done,
        total,
        Duration.ofNanos(nanoTime.getAsLong() - start),
        eta(total - done, worked, workedNanos, workers));
  }

  /** Remaining items times the mean worked-item time, shared among the busy workers. */
  static Optional<Duration> eta(int remaining, int worked, long workedNanos, int workers) {
    if (remaining <= 0) {
      return Optional.of(Duration.ZERO);
    }
    if (worked == 0) {
      return Optional.empty();
    }
    double mean = (double) workedNanos / worked;
    return Optional.of(
        Duration.ofNanos(Math.round(mean * remaining / Math.min(workers, remaining))));
  }

  /** {@code m:ss} below an hour, {@code h:mm:ss} above. */
  public static String clock(Duration d) {
    long s = Math.max(0, (d.toMillis() + 500) / 1000);
    long h = s / 3600;
    long m = (s % 3600) / 60;
    long sec = s % 60;
    return h > 0
        ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, sec)
        : String.format(Locale.ROOT, "%d:%02d", m, sec);
  }

  /** {@link #clock(Duration)}, or {@code ?} when unknown. */
  public static String clock(Optional<Duration> d) {
    return d.map(BatchClock::clock).orElse("?");
  }
}
