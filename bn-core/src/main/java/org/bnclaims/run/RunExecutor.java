package org.bnclaims.run;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.bnclaims.spec.SpecHash;
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
public final class RunExecutor implements RunBackend {

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

  @Override
  public int workers() {
    return workers;
  }

  /**
   * Runs every job (cached ones are only read) and returns the outcomes in job order. Jobs of one
   * spec are handed to the run function in seed batches ({@link SeedBatches}); each seed is cached
   * on its own, so how seeds were batched never changes what a later run reads.
   *
   * @throws RunsFailedException after all jobs finished, if any failed
   * @throws InterruptedException if interrupted while waiting; running jobs are interrupted too
   */
  @Override
  public List<RunOutcome> runAll(List<RunJob> jobs)
      throws RunsFailedException, InterruptedException {
    if (jobs.isEmpty()) {
      return List.of();
    }
    List<SeedBatches.Batch> batches = SeedBatches.plan(jobs, function::seedBatchLimit, workers);
    ProgressTracker tracker = new ProgressTracker(jobs.size(), workers, listener, LOG);
    ExecutorService pool =
        Executors.newFixedThreadPool(Math.min(workers, batches.size()), workerThreads());
    try {
      List<Future<Map<Long, RunOutcome>>> futures = new ArrayList<>(batches.size());
      for (SeedBatches.Batch batch : batches) {
        futures.add(pool.submit(() -> runBatch(batch, tracker)));
      }
      Map<String, RunOutcome> byKey = new HashMap<>();
      Map<String, RunFailedException> failed = new HashMap<>();
      for (int b = 0; b < batches.size(); b++) {
        SeedBatches.Batch batch = batches.get(b);
        String hash = SpecHash.of(batch.spec());
        try {
          futures.get(b).get().forEach((seed, o) -> byKey.put(key(hash, seed), o));
        } catch (ExecutionException e) {
          RunFailedException f =
              e.getCause() instanceof RunFailedException rf
                  ? rf
                  : new RunFailedException(
                      hash, batch.seeds().get(0), e.getCause().toString(), e.getCause());
          for (long seed : batch.seeds()) {
            failed.put(key(hash, seed), f);
          }
        }
      }
      List<RunOutcome> outcomes = new ArrayList<>(jobs.size());
      List<RunFailedException> failures = new ArrayList<>();
      for (RunJob job : jobs) {
        String k = key(job.specHash(), job.seed());
        if (failed.containsKey(k)) {
          RunFailedException f = failed.get(k);
          failures.add(
              f.seed() == job.seed()
                  ? f
                  : new RunFailedException(job.specHash(), job.seed(), f.getMessage(), f));
        } else {
          outcomes.add(byKey.get(k));
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

  private static String key(String hash, long seed) {
    return hash + "/" + seed;
  }

  private Map<Long, RunOutcome> runBatch(SeedBatches.Batch batch, ProgressTracker tracker)
      throws RunFailedException {
    long start = System.nanoTime();
    String hash = "invalid-spec";
    try {
      hash = SpecHash.of(batch.spec());
      List<RunOutcome> outcomes = cache.getOrRunSeeds(batch.spec(), batch.seeds(), function);
      Map<Long, RunOutcome> out = new HashMap<>();
      long computed = outcomes.stream().filter(o -> !o.cacheHit()).count();
      // Seeds trained together share the batch's time, so the ETA counts each seed's share.
      Duration time = Duration.ofNanos((System.nanoTime() - start) / Math.max(1, computed));
      for (int i = 0; i < outcomes.size(); i++) {
        RunOutcome o = outcomes.get(i);
        long seed = batch.seeds().get(i);
        out.put(seed, o);
        tracker.finished(
            new RunJob(batch.spec(), seed),
            hash,
            o.cacheHit() ? Progress.Status.CACHED : Progress.Status.COMPUTED,
            time);
      }
      return out;
    } catch (RunFailedException | RuntimeException | Error e) {
      long seed = batch.seeds().get(0);
      RunFailedException failure =
          e instanceof RunFailedException rf
              ? rf
              : new RunFailedException(hash, seed, e.toString(), e);
      // One line per failed batch: the failure itself goes back to the caller, which reports it
      // (a missing dataset would otherwise print its long message and trace once per seed).
      LOG.warn("run {} seeds {} failed: {}", shortHash(hash), batch.seeds(), firstLine(e));
      LOG.debug("run {} seeds {} failed", hash, batch.seeds(), failure);
      for (long s : batch.seeds()) {
        tracker.finished(
            new RunJob(batch.spec(), s),
            hash,
            Progress.Status.FAILED,
            Duration.ofNanos(System.nanoTime() - start));
      }
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
