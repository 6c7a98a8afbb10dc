package org.bnclaims.run;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.bnclaims.spec.RunSpec;
import org.bnclaims.spec.SpecHash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunExecutorTest {

  @TempDir Path tmp;

  @Test
  void twoWorkersRunTwoJobsAtOnce() throws Exception {
    RunExecutor ex =
        new RunExecutor(new RunCache(tmp), FakeRuns.counting(tmp.resolve("c"), 300), 2, p -> {});
    long t0 = System.nanoTime();
    List<RunOutcome> out =
        ex.runAll(List.of(new RunJob(FakeRuns.spec(0), 1), new RunJob(FakeRuns.spec(0), 2)));
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertEquals(2, out.size());
    assertTrue(ms < 500, "two 300 ms runs on two workers took " + ms + " ms");
  }

  @Test
  void outcomesComeBackInJobOrderAndMarkHits() throws Exception {
    // Later jobs sleep less, so they finish first.
    RunFunction fn =
        (spec, seed, dir) -> {
          Thread.sleep(40 * (4 - seed));
          return FakeRuns.result(spec, seed);
        };
    List<Progress> seen = Collections.synchronizedList(new ArrayList<>());
    RunExecutor ex = new RunExecutor(new RunCache(tmp), fn, 2, seen::add);
    List<RunJob> jobs = new ArrayList<>();
    for (long seed = 0; seed < 4; seed++) {
      jobs.add(new RunJob(FakeRuns.spec(1), seed));
    }
    List<RunOutcome> first = ex.runAll(jobs);
    for (int i = 0; i < 4; i++) {
      assertEquals(i, first.get(i).result().seed());
      assertFalse(first.get(i).cacheHit());
    }
    assertEquals(List.of(1, 2, 3, 4), seen.stream().map(Progress::done).toList());
    assertTrue(seen.stream().allMatch(p -> p.status() == Progress.Status.COMPUTED));
    assertEquals(Optional.of(Duration.ZERO), seen.get(3).eta());

    seen.clear();
    List<RunOutcome> again = ex.runAll(jobs);
    assertTrue(again.stream().allMatch(RunOutcome::cacheHit));
    assertEquals(4, seen.get(3).cacheHits());
    assertTrue(seen.get(0).eta().isEmpty(), "no computed run yet, so no ETA");
  }

  @Test
  void aFailureIsReportedAfterTheOthersFinish() throws Exception {
    Path counter = tmp.resolve("c");
    RunFunction slow = FakeRuns.counting(counter, 200);
    RunFunction fn =
        (spec, seed, dir) -> {
          if (seed == 0) {
            throw new IllegalArgumentException("bad seed zero");
          }
          return slow.run(spec, seed, dir);
        };
    RunCache cache = new RunCache(tmp.resolve("cache"));
    RunExecutor ex = new RunExecutor(cache, fn, 2, p -> {});
    List<RunJob> jobs =
        List.of(
            new RunJob(FakeRuns.spec(0), 0),
            new RunJob(FakeRuns.spec(0), 1),
            new RunJob(FakeRuns.spec(0), 2));
    RunsFailedException e = assertThrows(RunsFailedException.class, () -> ex.runAll(jobs));
    assertEquals(2, FakeRuns.count(counter), "the other runs finished");
    assertTrue(cache.lookup(FakeRuns.spec(0), 1).isPresent());
    assertTrue(cache.lookup(FakeRuns.spec(0), 2).isPresent());
    assertEquals(1, e.failures().size());
    String hash = SpecHash.of(FakeRuns.spec(0));
    assertTrue(e.getMessage().startsWith("1 of 3 runs failed:"), e.getMessage());
    assertTrue(e.getMessage().contains("run " + hash + " seed 0"), e.getMessage());
    assertTrue(e.getMessage().contains("bad seed zero"), e.getMessage());
    assertEquals(0, e.failures().get(0).seed());
  }

  @Test
  void progressLineShowsCountsElapsedAndEta() {
    Progress p =
        new Progress(
            new RunJob(FakeRuns.spec(0), 2),
            "6930e277e29e45c35a1c9fe6779dcddd5db0c24cbaf6814fb5a26e569d1683ab",
            Progress.Status.COMPUTED,
            Duration.ofMillis(20_940),
            3,
            10,
            1,
            0,
            Duration.ofSeconds(42),
            Optional.of(Duration.ofSeconds(125)));
    assertEquals(
        "run 3/10 (1 cached, 0 failed), elapsed 0:42, eta 2:05: 6930e277e29e seed 2 computed in"
            + " 20.9 s",
        p.describe());
  }

  /** Counts runs training at once and the most seen, each run sleeping {@code millis}. */
  private static final class Overlap implements RunFunction {
    final AtomicInteger now = new AtomicInteger();
    final AtomicInteger most = new AtomicInteger();
    final List<Long> started = Collections.synchronizedList(new ArrayList<>());
    private final long millis;

    Overlap(long millis) {
      this.millis = millis;
    }

    @Override
    public RunResult run(RunSpec spec, long seed, Path dir) throws Exception {
      started.add(seed);
      most.accumulateAndGet(now.incrementAndGet(), Math::max);
      try {
        Thread.sleep(millis);
      } finally {
        now.decrementAndGet();
      }
      return FakeRuns.result(spec, seed);
    }
  }

  private static List<RunJob> seeds(int spec, long from, long to) {
    List<RunJob> jobs = new ArrayList<>();
    for (long s = from; s <= to; s++) {
      jobs.add(new RunJob(FakeRuns.spec(spec), s));
    }
    return jobs;
  }

  @Test
  void concurrentCallsShareTheWorkersAndFillEachOthersIdleWorker() throws Exception {
    // Call A has 3 runs on 2 workers, so alone it leaves one worker idle for its last run; call B's
    // run takes that worker. Each call with its own workers would train 3 runs at once.
    Overlap fn = new Overlap(400);
    try (RunExecutor ex = new RunExecutor(new RunCache(tmp), fn, 2, p -> {})) {
      List<String> linesOfB = Collections.synchronizedList(new ArrayList<>());
      long t0 = System.nanoTime();
      CompletableFuture<List<RunOutcome>> a =
          CompletableFuture.supplyAsync(() -> call(ex, "a", seeds(0, 1, 3), p -> {}));
      while (fn.started.size() < 2) {
        Thread.sleep(5);
      }
      List<RunOutcome> b = call(ex, "b", seeds(1, 100, 100), p -> linesOfB.add(p.describe()));
      assertEquals(3, a.get().size());
      long ms = (System.nanoTime() - t0) / 1_000_000;
      assertEquals(1, b.size());
      assertEquals(100, b.get(0).result().seed());
      assertEquals(2, fn.most.get(), "never more runs at once than workers");
      assertTrue(ms < 1100, "4 runs of 400 ms on 2 shared workers took " + ms + " ms");
      assertEquals(1, linesOfB.size(), "a call's listener hears only its own runs: " + linesOfB);
      assertTrue(linesOfB.get(0).startsWith("run 1/1 "), linesOfB.get(0));
    }
  }

  @Test
  void interruptingOneCallCancelsItsRunsAndNotTheOthers() throws Exception {
    Overlap fn = new Overlap(300);
    try (RunExecutor ex = new RunExecutor(new RunCache(tmp), fn, 1, p -> {})) {
      CompletableFuture<List<RunOutcome>> a =
          CompletableFuture.supplyAsync(() -> call(ex, "a", seeds(0, 1, 2), p -> {}));
      while (fn.started.isEmpty()) {
        Thread.sleep(5);
      }
      Thread caller = callInThread(ex, "b", seeds(1, 10, 12));
      Thread.sleep(50);
      caller.interrupt();
      caller.join(5_000);
      assertFalse(caller.isAlive());
      assertEquals(2, a.get().size(), "the other call's runs all finished");
      Thread.sleep(400);
      assertEquals(List.of(1L, 2L), List.copyOf(fn.started), "the interrupted call never ran");
    }
  }

  @Test
  void aBatchAnotherCallIsTrainingIsWaitedForWithoutTakingAWorker() throws Exception {
    // A trains seed 1; B asks for the same batch. Were B's copy queued, it would hold the second
    // worker while it waits for A's lock, and C's run would wait for a worker too.
    Overlap fn = new Overlap(400);
    try (RunExecutor ex = new RunExecutor(new RunCache(tmp), fn, 2, p -> {})) {
      CompletableFuture<List<RunOutcome>> a =
          CompletableFuture.supplyAsync(() -> call(ex, "a", seeds(0, 1, 1), p -> {}));
      while (fn.started.isEmpty()) {
        Thread.sleep(5);
      }
      List<Progress> heardByB = Collections.synchronizedList(new ArrayList<>());
      CompletableFuture<List<RunOutcome>> b =
          CompletableFuture.supplyAsync(() -> call(ex, "b", seeds(0, 1, 1), heardByB::add));
      Thread.sleep(50);
      long t0 = System.nanoTime();
      call(ex, "c", seeds(1, 5, 5), p -> {});
      long cMillis = (System.nanoTime() - t0) / 1_000_000;
      assertTrue(cMillis < 700, "C waited for a worker: " + cMillis + " ms");
      assertFalse(a.get().get(0).cacheHit());
      assertTrue(b.get().get(0).cacheHit(), "B's seed was trained by A");
      assertEquals(1, b.get().get(0).result().seed());
      assertEquals(List.of(1L, 5L), List.copyOf(fn.started), "each seed trained once");
      assertEquals(Progress.Status.CACHED, heardByB.get(0).status());
    }
  }

  @Test
  void aCachedBatchIsServedWhileTheWorkersAreBusy() throws Exception {
    Overlap fn = new Overlap(500);
    try (RunExecutor ex = new RunExecutor(new RunCache(tmp), fn, 1, p -> {})) {
      ex.runAll(seeds(0, 1, 1));
      CompletableFuture<List<RunOutcome>> busy =
          CompletableFuture.supplyAsync(() -> call(ex, "busy", seeds(1, 2, 2), p -> {}));
      while (fn.started.size() < 2) {
        Thread.sleep(5);
      }
      long t0 = System.nanoTime();
      List<RunOutcome> hit = ex.runAll(seeds(0, 1, 1));
      long ms = (System.nanoTime() - t0) / 1_000_000;
      assertTrue(hit.get(0).cacheHit());
      assertTrue(ms < 250, "a cached run waited " + ms + " ms behind training");
      busy.get();
    }
  }

  @Test
  void aCallWaitingForAnotherCallsBatchFailsWhenThatCallIsInterrupted() throws Exception {
    Overlap fn = new Overlap(500);
    try (RunExecutor ex = new RunExecutor(new RunCache(tmp), fn, 1, p -> {})) {
      CompletableFuture<List<RunOutcome>> busy =
          CompletableFuture.supplyAsync(() -> call(ex, "busy", seeds(1, 9, 9), p -> {}));
      while (fn.started.isEmpty()) {
        Thread.sleep(5);
      }
      Thread owner = callInThread(ex, "owner", seeds(0, 1, 1));
      Thread.sleep(50);
      CompletableFuture<List<RunOutcome>> waiter =
          CompletableFuture.supplyAsync(() -> call(ex, "waiter", seeds(0, 1, 1), p -> {}));
      Thread.sleep(50);
      owner.interrupt();
      ExecutionException e = assertThrows(ExecutionException.class, () -> waiter.get(5, SECONDS));
      assertTrue(e.getCause().getMessage().contains("cancelled"), e.getCause().getMessage());
      busy.get();
      assertEquals(List.of(9L), List.copyOf(fn.started), "the cancelled batch never trained");
    }
  }

  /** A call on a thread of its own, for the test to interrupt; its outcome is not looked at. */
  private static Thread callInThread(RunExecutor ex, String label, List<RunJob> jobs) {
    Thread t =
        new Thread(
            () -> {
              try {
                ex.runAll(label, jobs, p -> {});
              } catch (InterruptedException | RunsFailedException e) {
                // the test interrupts this call
              }
            });
    t.start();
    return t;
  }

  private static List<RunOutcome> call(
      RunExecutor ex, String label, List<RunJob> jobs, ProgressListener listener) {
    try {
      return ex.runAll(label, jobs, listener);
    } catch (RunsFailedException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }
}
