package org.bnclaims.claim;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.bnclaims.run.Progress;
import org.bnclaims.run.ProgressListener;
import org.bnclaims.run.RunJob;
import org.bnclaims.run.RunOutcome;
import org.bnclaims.run.RunsFailedException;

/**
 * Serves a lab's jobs in as few executor batches as possible, so that running a grid row by row
 * costs no parallelism: jobs declared ahead ({@link #prefetch}) wait until the next request and
 * then train in one batch together with it; their outcomes are kept until a request takes them.
 *
 * <p>Each outcome is served once from memory; a second request for the same job goes to the
 * executor and is read from the run cache, as it was before prefetching existed, so run counts and
 * cache hits are the same whether a claim prefetches or not. If a prefetch batch fails (a dataset
 * that cannot be had, a failing run), nothing is lost: the runs that finished are in the cache,
 * each request then runs its own jobs and meets its own failure, and the runs the failed batch
 * computed still count as computed, not as cache hits.
 */
final class Batcher {

  private final RunBatches batches;
  private final Set<RunJob> pending = new LinkedHashSet<>();
  private final Map<RunJob, RunOutcome> ready = new HashMap<>();
  private final Set<RunJob> served = new HashSet<>();
  private final Set<RunJob> computedEarlier = new HashSet<>();
  private int executorCalls;

  Batcher(RunBatches batches) {
    this.batches = batches;
  }

  /** Declares jobs that a later {@link #serve} will ask for; nothing runs yet. */
  synchronized void prefetch(Collection<RunJob> jobs) {
    for (RunJob j : jobs) {
      if (!ready.containsKey(j)) {
        pending.add(j);
      }
    }
  }

  /**
   * The outcomes of {@code jobs}, in order: pending jobs run first, together with whichever of
   * {@code jobs} are not ready yet, in one batch; what is still missing (after a failed prefetch
   * batch, or a job never prefetched that is requested again) then runs in a second.
   *
   * @throws RunsFailedException if a job of {@code jobs} fails
   */
  synchronized List<RunOutcome> serve(List<RunJob> jobs)
      throws RunsFailedException, InterruptedException {
    if (!pending.isEmpty()) {
      runPending(jobs);
    }
    RunOutcome[] out = new RunOutcome[jobs.size()];
    List<Integer> missing = new ArrayList<>();
    for (int i = 0; i < out.length; i++) {
      RunJob j = jobs.get(i);
      RunOutcome o = ready.get(j);
      if (o == null) {
        missing.add(i);
      } else {
        out[i] = served.add(j) ? o : new RunOutcome(o.result(), true);
      }
    }
    if (!missing.isEmpty()) {
      List<RunOutcome> ran = call(missing.stream().map(jobs::get).toList(), p -> {});
      for (int k = 0; k < missing.size(); k++) {
        out[missing.get(k)] = ran.get(k);
      }
    }
    List<RunOutcome> served = new ArrayList<>(out.length);
    for (int i = 0; i < out.length; i++) {
      boolean computedHere = computedEarlier.remove(jobs.get(i));
      served.add(computedHere ? new RunOutcome(out[i].result(), false) : out[i]);
    }
    return served;
  }

  private void runPending(List<RunJob> requested) throws InterruptedException {
    Set<RunJob> batch = new LinkedHashSet<>(pending);
    for (RunJob j : requested) {
      if (!ready.containsKey(j)) {
        batch.add(j);
      }
    }
    pending.clear();
    List<RunJob> jobs = List.copyOf(batch);
    Map<RunJob, Progress.Status> statuses = new ConcurrentHashMap<>();
    try {
      List<RunOutcome> outcomes = call(jobs, p -> statuses.put(p.job(), p.status()));
      for (int i = 0; i < jobs.size(); i++) {
        ready.put(jobs.get(i), outcomes.get(i));
      }
    } catch (RunsFailedException e) {
      statuses.forEach(
          (job, status) -> {
            if (status == Progress.Status.COMPUTED) {
              computedEarlier.add(job);
            }
          });
    }
  }

  private List<RunOutcome> call(List<RunJob> jobs, ProgressListener listener)
      throws RunsFailedException, InterruptedException {
    executorCalls++;
    return batches.run(jobs, listener);
  }

  /** Executor batches so far (for tests: a prefetched grid is one). */
  synchronized int executorCalls() {
    return executorCalls;
  }
}
