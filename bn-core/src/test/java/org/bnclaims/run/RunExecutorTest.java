package org.bnclaims.run;

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
}
