package org.bnclaims.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bnclaims.probe.ProbeResults;
import org.bnclaims.run.Progress;
import org.bnclaims.run.ProgressListener;
import org.bnclaims.run.RunFailedException;
import org.bnclaims.run.RunJob;
import org.bnclaims.run.RunOutcome;
import org.bnclaims.run.RunResult;
import org.bnclaims.run.RunsFailedException;
import org.junit.jupiter.api.Test;

/** Prefetched jobs train in one batch with the next request and are served once from memory. */
class BatcherTest {

  /** A stand-in executor with a cache: first sight computes, later sights are cache hits. */
  private static final class FakeExecutor implements RunBatches {
    final List<List<RunJob>> calls = new ArrayList<>();
    final Set<RunJob> cached = new HashSet<>();
    final Set<Double> unavailableLr = new HashSet<>();

    @Override
    public List<RunOutcome> run(List<RunJob> jobs, ProgressListener listener)
        throws RunsFailedException {
      calls.add(List.copyOf(jobs));
      List<RunOutcome> out = new ArrayList<>();
      List<RunFailedException> failed = new ArrayList<>();
      for (RunJob j : jobs) {
        Progress.Status status;
        if (unavailableLr.contains(j.spec().optim().lr())) {
          failed.add(new RunFailedException("h", j.seed(), "no data", null));
          status = Progress.Status.FAILED;
        } else {
          boolean hit = !cached.add(j);
          out.add(new RunOutcome(result(j), hit));
          status = hit ? Progress.Status.CACHED : Progress.Status.COMPUTED;
        }
        listener.runFinished(
            new Progress(
                j,
                "h",
                status,
                Duration.ZERO,
                1,
                jobs.size(),
                0,
                0,
                Duration.ZERO,
                Optional.empty()));
      }
      if (!failed.isEmpty()) {
        throw new RunsFailedException(jobs.size(), failed);
      }
      return out;
    }
  }

  private static RunResult result(RunJob j) {
    return new RunResult("h", j.seed(), List.of(), false, -1, ProbeResults.EMPTY, 0, null);
  }

  private static List<RunJob> jobs(double lr) {
    return List.of(new RunJob(FakeRuns.spec(lr), 1), new RunJob(FakeRuns.spec(lr), 2));
  }

  private static List<RunJob> concat(List<RunJob> a, List<RunJob> b) {
    List<RunJob> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  @Test
  void prefetchedRowsTrainInTheFirstRequestsBatchAndAreThenServedFromMemory() throws Exception {
    FakeExecutor ex = new FakeExecutor();
    Batcher b = new Batcher(ex);
    List<RunJob> row1 = jobs(FakeRuns.LR_A);
    List<RunJob> row2 = jobs(FakeRuns.LR_B);
    b.prefetch(concat(row1, row2));
    assertEquals(0, ex.calls.size(), "prefetch alone runs nothing");
    List<RunOutcome> first = b.serve(row1);
    assertEquals(1, ex.calls.size());
    assertEquals(4, ex.calls.get(0).size(), "both rows' runs in one batch");
    List<RunOutcome> second = b.serve(row2);
    assertEquals(1, ex.calls.size(), "the second row is served from memory");
    assertEquals(1, b.executorCalls());
    assertFalse(first.get(0).cacheHit());
    assertFalse(second.get(1).cacheHit(), "computed in the prefetch batch, so not a cache hit");
    assertEquals(2L, second.get(1).result().seed());
  }

  @Test
  void aPrefetchedJobServedTwiceIsACacheHitTheSecondTimeWithoutTheExecutor() throws Exception {
    FakeExecutor ex = new FakeExecutor();
    Batcher b = new Batcher(ex);
    b.prefetch(jobs(FakeRuns.LR_A));
    assertFalse(b.serve(jobs(FakeRuns.LR_A)).get(0).cacheHit());
    List<RunOutcome> again = b.serve(jobs(FakeRuns.LR_A));
    assertEquals(1, ex.calls.size());
    assertTrue(again.get(0).cacheHit(), "as a second request would have read the cache");
  }

  @Test
  void withoutPrefetchEveryRequestIsItsOwnBatch() throws Exception {
    FakeExecutor ex = new FakeExecutor();
    Batcher b = new Batcher(ex);
    b.serve(jobs(FakeRuns.LR_A));
    List<RunOutcome> again = b.serve(jobs(FakeRuns.LR_A));
    assertEquals(2, ex.calls.size());
    assertTrue(again.get(1).cacheHit());
  }

  @Test
  void aRequestBeyondThePrefetchJoinsItsBatch() throws Exception {
    FakeExecutor ex = new FakeExecutor();
    Batcher b = new Batcher(ex);
    b.prefetch(jobs(FakeRuns.LR_A));
    b.serve(concat(jobs(FakeRuns.LR_A), jobs(FakeRuns.LR_C)));
    assertEquals(1, ex.calls.size());
    assertEquals(4, ex.calls.get(0).size());
  }

  @Test
  void aFailedPrefetchLeavesEachRowItsOwnFailureAndCountsWhatItComputed() throws Exception {
    FakeExecutor ex = new FakeExecutor();
    ex.unavailableLr.add(FakeRuns.LR_B);
    Batcher b = new Batcher(ex);
    b.prefetch(concat(jobs(FakeRuns.LR_A), jobs(FakeRuns.LR_B)));
    List<RunOutcome> a = b.serve(jobs(FakeRuns.LR_A));
    assertEquals(2, ex.calls.size(), "the failed batch, then the row's own (cache reads)");
    assertFalse(a.get(0).cacheHit(), "trained by the failed prefetch batch, counted as computed");
    assertThrows(RunsFailedException.class, () -> b.serve(jobs(FakeRuns.LR_B)));
    assertTrue(b.serve(jobs(FakeRuns.LR_A)).get(0).cacheHit());
  }
}
