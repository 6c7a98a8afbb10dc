package org.bnclaims.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.bnclaims.spec.RunSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Seed batches through the cache and the executor: one call per batch, one entry per seed. */
class SeedBatchCacheTest {

  @TempDir Path tmp;

  /** Records each call's seeds; trains up to {@code limit} seeds together. */
  private static final class Batching implements RunFunction {
    final List<List<Long>> calls = Collections.synchronizedList(new ArrayList<>());
    final int limit;
    final long failingSeed;

    Batching(int limit, long failingSeed) {
      this.limit = limit;
      this.failingSeed = failingSeed;
    }

    @Override
    public RunResult run(RunSpec spec, long seed, Path workDir) throws Exception {
      return runSeeds(spec, List.of(seed)).get(0);
    }

    @Override
    public int seedBatchLimit(RunSpec spec) {
      return limit;
    }

    @Override
    public List<RunResult> runSeeds(RunSpec spec, List<Long> seeds) {
      calls.add(List.copyOf(seeds));
      if (seeds.contains(failingSeed)) {
        throw new IllegalStateException("seed " + failingSeed + " cannot train");
      }
      return seeds.stream().map(s -> FakeRuns.result(spec, s)).toList();
    }
  }

  @Test
  void missingSeedsComputeInOneCallAndCachedOnesAreRead() throws Exception {
    RunCache cache = new RunCache(tmp);
    RunSpec spec = FakeRuns.spec(0);
    Batching fn = new Batching(8, -1);
    cache.getOrRun(spec, 2, fn);
    List<RunOutcome> out = cache.getOrRunSeeds(spec, List.of(3L, 2L, 1L), fn);
    assertEquals(List.of(List.of(2L), List.of(1L, 3L)), fn.calls);
    assertEquals(List.of(3L, 2L, 1L), out.stream().map(o -> o.result().seed()).toList());
    assertEquals(List.of(false, true, false), out.stream().map(RunOutcome::cacheHit).toList());
    for (long s = 1; s <= 3; s++) {
      assertEquals(FakeRuns.result(spec, s), cache.lookup(spec, s).orElseThrow());
    }
  }

  @Test
  void aFailedBatchLeavesNoMarker() {
    RunCache cache = new RunCache(tmp);
    RunSpec spec = FakeRuns.spec(0);
    RunFailedException e =
        assertThrows(
            RunFailedException.class,
            () -> cache.getOrRunSeeds(spec, List.of(4L, 5L), new Batching(8, 5)));
    assertTrue(e.getMessage().contains("trained together with seeds [4, 5]"), e.getMessage());
    assertTrue(cache.lookup(spec, 4).isEmpty());
    assertFalse(Files.exists(cache.runDir(spec, 5).resolve(RunCache.MARKER)));
  }

  @Test
  void theExecutorBatchesSeedsAndReturnsJobOrder() throws Exception {
    Batching fn = new Batching(3, -1);
    RunExecutor ex = new RunExecutor(new RunCache(tmp), fn, 1, p -> {});
    List<RunJob> jobs = new ArrayList<>();
    for (long s = 5; s >= 0; s--) {
      jobs.add(new RunJob(FakeRuns.spec(0), s));
    }
    List<RunOutcome> out = ex.runAll(jobs);
    // The cache computes a batch's missing seeds in ascending order (the order it locks them).
    assertEquals(List.of(List.of(3L, 4L, 5L), List.of(0L, 1L, 2L)), fn.calls);
    assertEquals(
        List.of(5L, 4L, 3L, 2L, 1L, 0L), out.stream().map(o -> o.result().seed()).toList());
  }

  @Test
  void aFailedBatchFailsEachOfItsSeedsAndNoOther() throws Exception {
    Batching fn = new Batching(2, 1);
    RunExecutor ex = new RunExecutor(new RunCache(tmp), fn, 2, p -> {});
    List<RunJob> jobs = new ArrayList<>();
    for (long s = 0; s < 4; s++) {
      jobs.add(new RunJob(FakeRuns.spec(0), s));
    }
    RunsFailedException e = assertThrows(RunsFailedException.class, () -> ex.runAll(jobs));
    assertEquals(List.of(0L, 1L), e.failures().stream().map(RunFailedException::seed).toList());
    assertTrue(new RunCache(tmp).lookup(FakeRuns.spec(0), 3).isPresent());
  }
}
