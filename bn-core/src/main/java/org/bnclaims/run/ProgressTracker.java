package org.bnclaims.run;

import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;

/**
 * Counts the finished runs of one {@link RunExecutor#runAll} call and turns each into a {@link
 * Progress}: logged at INFO under the call's label, and passed to every listener (one that throws
 * is logged and skipped, so a broken progress display never fails a run).
 */
final class ProgressTracker {
  private final String prefix;
  private final List<ProgressListener> listeners;
  private final Logger log;
  private final BatchClock clock;
  private int hits;
  private int failures;

  ProgressTracker(
      String label, int total, int workers, List<ProgressListener> listeners, Logger log) {
    this.prefix = label.isBlank() ? "" : label + ": ";
    this.listeners = listeners;
    this.log = log;
    this.clock = new BatchClock(total, workers, System::nanoTime);
  }

  synchronized void finished(RunJob job, String hash, Progress.Status status, Duration time) {
    switch (status) {
      case CACHED -> hits++;
      case FAILED -> failures++;
      case COMPUTED -> {}
    }
    BatchClock.Tick t = clock.finished(time, status == Progress.Status.COMPUTED);
    Progress p =
        new Progress(
            job, hash, status, time, t.done(), t.total(), hits, failures, t.elapsed(), t.eta());
    log.info("{}{}", prefix, p.describe());
    for (ProgressListener l : listeners) {
      try {
        l.runFinished(p);
      } catch (RuntimeException e) {
        log.warn("progress listener failed on {}", p.describe(), e);
      }
    }
  }
}
