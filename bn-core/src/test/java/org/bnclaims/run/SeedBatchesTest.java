package org.bnclaims.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.bnclaims.spec.RunSpec;
import org.junit.jupiter.api.Test;

class SeedBatchesTest {

  private static List<RunJob> jobs(RunSpec spec, int seeds) {
    List<RunJob> out = new ArrayList<>();
    for (long s = 0; s < seeds; s++) {
      out.add(new RunJob(spec, s));
    }
    return out;
  }

  private static List<List<Long>> seeds(List<SeedBatches.Batch> batches) {
    return batches.stream().map(SeedBatches.Batch::seeds).toList();
  }

  @Test
  void seedsOfOneSpecGoTogetherUpToTheLimit() {
    List<RunJob> jobs = new ArrayList<>(jobs(FakeRuns.spec(0), 10));
    jobs.addAll(jobs(FakeRuns.spec(1), 10));
    List<SeedBatches.Batch> b = SeedBatches.plan(jobs, s -> 4, 2);
    assertEquals(6, b.size());
    assertEquals(
        List.of(
            List.of(0L, 1L, 2L),
            List.of(3L, 4L, 5L),
            List.of(6L, 7L, 8L, 9L),
            List.of(0L, 1L, 2L),
            List.of(3L, 4L, 5L),
            List.of(6L, 7L, 8L, 9L)),
        seeds(b));
    assertEquals(FakeRuns.spec(1), b.get(5).spec());
  }

  @Test
  void limitOneIsOneSeedPerBatch() {
    assertEquals(5, SeedBatches.plan(jobs(FakeRuns.spec(0), 5), s -> 1, 2).size());
    assertEquals(5, SeedBatches.plan(jobs(FakeRuns.spec(0), 5), s -> 0, 2).size());
  }

  @Test
  void aLoneSpecIsSplitSoEveryWorkerHasABatch() {
    List<SeedBatches.Batch> b = SeedBatches.plan(jobs(FakeRuns.spec(0), 10), s -> 10, 2);
    assertEquals(List.of(List.of(0L, 1L, 2L, 3L, 4L), List.of(5L, 6L, 7L, 8L, 9L)), seeds(b));
    assertEquals(1, SeedBatches.plan(jobs(FakeRuns.spec(0), 10), s -> 10, 1).size());
    assertEquals(3, SeedBatches.plan(jobs(FakeRuns.spec(0), 3), s -> 10, 8).size());
  }

  @Test
  void duplicateJobsAreTrainedOnce() {
    List<RunJob> jobs = new ArrayList<>(jobs(FakeRuns.spec(0), 3));
    jobs.addAll(jobs(FakeRuns.spec(0), 3));
    assertEquals(List.of(List.of(0L, 1L, 2L)), seeds(SeedBatches.plan(jobs, s -> 8, 1)));
  }

  @Test
  void aBatchNeedsASeed() {
    assertThrows(
        IllegalArgumentException.class, () -> new SeedBatches.Batch(FakeRuns.spec(0), List.of()));
  }
}
