package org.bnclaims.run;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.bnclaims.spec.SpecHash;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs batches of independent replicates through the {@link RunCache} on a fixed number of worker
 * threads, and returns their outcomes in job order.
 *
 * <p>The default is one worker per core; with PyTorch each worker should then use one intra-op
 * thread, which {@link EngineThreads#configure} sets up and which must happen before the engine
 * loads. The workers are one pool for the executor's life, shared by concurrent {@link #runAll}
 * calls: when one caller has a single run left, the other worker takes the next caller's runs
 * instead of idling. Each run trains on one worker with the same threads whoever shares the pool,
 * so sharing changes when a run trains, never what it computes.
 *
 * <p>A failing run does not stop the others: failures are collected and thrown together as a {@link
 * RunsFailedException} once every run has finished. Each finished run is logged at INFO with its
 * call's progress and an ETA, and passed to the executor's and the call's {@link ProgressListener}.
 */
public final class RunExecutor implements RunBackend {

  private static final Logger LOG = LoggerFactory.getLogger(RunExecutor.class);

  /** Idle workers end after this long, so an executor nobody closes holds no threads for good. */
  private static final long IDLE_SECONDS = 30;

  private final RunCache cache;
  private final RunFunction function;
  private final int workers;
  private final ProgressListener listener;
  private final ThreadPoolExecutor pool;

  /** Seed batches queued or training, by spec hash and seeds, for calls asking for the same. */
  private final ConcurrentHashMap<String, CompletableFuture<Map<Long, RunOutcome>>> inFlight =
      new ConcurrentHashMap<>();

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
    // Concurrent calls finish runs at the same time; the listener still hears one at a time.
    this.listener =
        p -> {
          synchronized (this) {
            listener.runFinished(p);
          }
        };
    // A FIFO queue: the batches of concurrent calls train in the order the calls submitted them.
    this.pool =
        new ThreadPoolExecutor(
            workers,
            workers,
            IDLE_SECONDS,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            workerThreads());
    pool.allowCoreThreadTimeOut(true);
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
   * on its own, so how seeds were batched never changes what a later run reads. Safe to call from
   * several threads at once: the calls share the workers.
   *
   * @throws RunsFailedException after all jobs finished, if any failed
   * @throws InterruptedException if interrupted while waiting; this call's runs are cancelled
   *     (running ones interrupted), other calls' runs go on
   */
  @Override
  public List<RunOutcome> runAll(String label, List<RunJob> jobs, ProgressListener callListener)
      throws RunsFailedException, InterruptedException {
    if (jobs.isEmpty()) {
      return List.of();
    }
    List<SeedBatches.Batch> batches = SeedBatches.plan(jobs, function::seedBatchLimit, workers);
    ProgressTracker tracker =
        new ProgressTracker(label, jobs.size(), workers, List.of(listener, callListener), LOG);
    List<CompletableFuture<Map<Long, RunOutcome>>> results = new ArrayList<>(batches.size());
    List<Runnable> cancels = new ArrayList<>();
    try {
      for (SeedBatches.Batch batch : batches) {
        results.add(start(batch, tracker, cancels));
      }
      Map<String, RunOutcome> byKey = new HashMap<>();
      Map<String, RunFailedException> failed = new HashMap<>();
      for (int b = 0; b < batches.size(); b++) {
        SeedBatches.Batch batch = batches.get(b);
        String hash = SpecHash.of(batch.spec());
        try {
          results.get(b).get().forEach((seed, o) -> byKey.put(key(hash, seed), o));
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
      // Only after an interrupt (or a throw while submitting) is anything still queued or running.
      cancels.forEach(Runnable::run);
    }
  }

  /**
   * The outcomes of one seed batch, as they come. A batch whose seeds are all cached is read here
   * and never queues behind other calls' training. A batch that another call has queued or is
   * training (claims share arms) is waited for without taking a worker, and its seeds count as
   * cache hits here, as they would had the other call finished first. Only the very same batch is
   * shared: a seed trained in another batch may differ in its last digits, so a batch's seeds never
   * depend on which call came first. Otherwise the batch is queued, and {@code cancels} gets what
   * stops it.
   */
  private CompletableFuture<Map<Long, RunOutcome>> start(
      SeedBatches.Batch batch, ProgressTracker tracker, List<Runnable> cancels) {
    String hash;
    try {
      hash = SpecHash.of(batch.spec());
    } catch (RuntimeException e) {
      // Not shared: runBatch reports the invalid spec as this batch's failure.
      return queue(batch, "invalid-spec", null, new CompletableFuture<>(), tracker, cancels);
    }
    String key = hash + "/" + batch.seeds();
    CompletableFuture<Map<Long, RunOutcome>> mine = new CompletableFuture<>();
    CompletableFuture<Map<Long, RunOutcome>> theirs = inFlight.putIfAbsent(key, mine);
    if (theirs != null) {
      return theirs
          .whenComplete((r, e) -> reportShared(batch, hash, r, tracker))
          .thenApply(RunExecutor::asHits);
    }
    Map<Long, RunOutcome> cached = allCached(batch);
    if (cached != null) {
      inFlight.remove(key, mine);
      reportShared(batch, hash, cached, tracker);
      mine.complete(cached);
      return mine;
    }
    return queue(batch, hash, key, mine, tracker, cancels);
  }

  private CompletableFuture<Map<Long, RunOutcome>> queue(
      SeedBatches.Batch batch,
      String hash,
      String key,
      CompletableFuture<Map<Long, RunOutcome>> mine,
      ProgressTracker tracker,
      List<Runnable> cancels) {
    Future<?> task =
        pool.submit(
            () -> {
              try {
                mine.complete(runBatch(batch, tracker));
              } catch (RunFailedException | RuntimeException | Error e) {
                mine.completeExceptionally(e);
              } finally {
                release(key, mine);
              }
            });
    cancels.add(
        () -> {
          task.cancel(true);
          mine.completeExceptionally(
              new RunFailedException(
                  hash, batch.seeds().get(0), "cancelled: the call that queued it stopped", null));
          release(key, mine);
        });
    return mine;
  }

  private void release(String key, CompletableFuture<Map<Long, RunOutcome>> mine) {
    if (key != null) {
      inFlight.remove(key, mine);
    }
  }

  /** Every seed's cached result, or null when one is missing. */
  private Map<Long, RunOutcome> allCached(SeedBatches.Batch batch) {
    Map<Long, RunOutcome> out = new HashMap<>();
    for (long seed : batch.seeds()) {
      Optional<RunResult> r = cache.lookup(batch.spec(), seed);
      if (r.isEmpty()) {
        return null;
      }
      out.put(seed, new RunOutcome(r.get(), true));
    }
    return out;
  }

  /** Reports a batch read from the cache or from another call: cached, or failed when null. */
  private static void reportShared(
      SeedBatches.Batch batch, String hash, Map<Long, RunOutcome> outcomes, ProgressTracker t) {
    for (long seed : batch.seeds()) {
      t.finished(
          new RunJob(batch.spec(), seed),
          hash,
          outcomes == null ? Progress.Status.FAILED : Progress.Status.CACHED,
          Duration.ZERO);
    }
  }

  private static Map<Long, RunOutcome> asHits(Map<Long, RunOutcome> outcomes) {
    Map<Long, RunOutcome> out = new HashMap<>();
    outcomes.forEach((seed, o) -> out.put(seed, new RunOutcome(o.result(), true)));
    return out;
  }

  /** Stops the workers; runs still training are interrupted. */
  @Override
  public void close() {
    pool.shutdownNow();
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
}
