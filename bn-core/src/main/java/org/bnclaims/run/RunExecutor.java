package org.bnclaims.run;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a batch of independent replicates through the {@link RunCache} on a fixed number of worker
 * threads, and returns their outcomes in job order.
 *
 * <p>The default is one worker per core; with PyTorch each worker should then use one intra-op
 * thread, which {@link EngineThreads#configure} sets up and which must happen before the engine
 * loads. A failing run does not stop the others: failures are collected and thrown together as a
 * {@link RunsFailedException} once every run has finished. Each finished run is logged at INFO with
 * the batch's progress and an ETA, and passed to the optional {@link ProgressListener}.
 */
public final class RunExecutor {

  private static final Logger LOG = LoggerFactory.getLogger(RunExecutor.class);

  private final RunCache cache;
  private final RunFunction function;
  private final int workers;
  private final ProgressListener listener;

  /** One worker per available core, progress only in the log. */
  public RunExecutor(RunCache cache, RunFunction function) {
    this(cache, function, defaultWorkers(), progress -> {});
  }

  public RunExecutor(RunCache cache, RunFunction function, int workers, ProgressListener listener) {
    if (workers < 1) {
      throw new IllegalArgumentException("workers must be at least 1, got " + workers);
    }
    this.cache = cache;
    this.function = function;
    this.workers = workers;
    this.listener = listener;
  }

  /** One worker per available core. */
  public static int defaultWorkers() {
    return Runtime.getRuntime().availableProcessors();
  }

  public int workers() {
    return workers;
  }

  /**
   * Runs every job (cached ones are only read) and returns the outcomes in job order.
   *
   * @throws RunsFailedException after all jobs finished, if any failed
   * @throws InterruptedException if interrupted while waiting; running jobs are interrupted too
   */
  public List<RunOutcome> runAll(List<RunJob> jobs)
      throws RunsFailedException, InterruptedException {
    if (jobs.isEmpty()) {
      return List.of();
    }
    ProgressTracker tracker = new ProgressTracker(jobs.size(), workers, listener, LOG);
    ExecutorService pool =
        Executors.newFixedThreadPool(Math.min(workers, jobs.size()), workerThreads());
    try {
      List<Future<RunOutcome>> futures = new ArrayList<>(jobs.size());
      for (RunJob job : jobs) {
        futures.add(pool.submit(() -> runOne(job, tracker)));
      }
      List<RunOutcome> outcomes = new ArrayList<>(jobs.size());
      List<RunFailedException> failures = new ArrayList<>();
      for (Future<RunOutcome> f : futures) {
        try {
          outcomes.add(f.get());
        } catch (ExecutionException e) {
          failures.add(
              e.getCause() instanceof RunFailedException rf
                  ? rf
                  : new RunFailedException("unknown", -1, e.getCause().toString(), e.getCause()));
        }
      }
      if (!failures.isEmpty()) {
        throw new RunsFailedException(jobs.size(), failures);
      }
      return List.copyOf(outcomes);
    } finally {
      pool.shutdownNow();
    }
  }

  private RunOutcome runOne(RunJob job, ProgressTracker tracker) throws RunFailedException {
    long start = System.nanoTime();
    String hash = "invalid-spec";
    try {
      hash = job.specHash();
      RunOutcome outcome = cache.getOrRun(job.spec(), job.seed(), function);
      tracker.finished(
          job,
          hash,
          outcome.cacheHit() ? Progress.Status.CACHED : Progress.Status.COMPUTED,
          Duration.ofNanos(System.nanoTime() - start));
      return outcome;
    } catch (RunFailedException | RuntimeException | Error e) {
      RunFailedException failure =
          e instanceof RunFailedException rf
              ? rf
              : new RunFailedException(hash, job.seed(), e.toString(), e);
      // One line per failed run: the failure itself goes back to the caller, which reports it
      // (a missing dataset would otherwise print its long message and trace once per seed).
      LOG.warn("run {} seed {} failed: {}", shortHash(hash), job.seed(), firstLine(e));
      LOG.debug("run {} seed {} failed", hash, job.seed(), failure);
      tracker.finished(
          job, hash, Progress.Status.FAILED, Duration.ofNanos(System.nanoTime() - start));
      throw failure;
    }
  }

  private static String shortHash(String hash) {
    return hash.length() > 12 ? hash.substring(0, 12) : hash;
  }

  private static String firstLine(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String m = String.valueOf(root.getMessage());
    int nl = m.indexOf('\n');
    return root.getClass().getSimpleName() + ": " + (nl < 0 ? m : m.substring(0, nl));
  }

  private static ThreadFactory workerThreads() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "bn-run-worker-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /** Counts finished runs of one batch and turns each into a {@link Progress}. */
  private static final class ProgressTracker {
    private final ProgressListener listener;
    private final Logger log;
    private final BatchClock clock;
    private int hits;
    private int failures;

    ProgressTracker(int total, int workers, ProgressListener listener, Logger log) {
      this.listener = listener;
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
      log.info("{}", p.describe());
      try {
        listener.runFinished(p);
      } catch (RuntimeException e) {
        log.warn("progress listener failed on {}", p.describe(), e);
      }
    }
  }
}
