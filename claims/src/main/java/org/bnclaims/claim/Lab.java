package org.bnclaims.claim;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.bnclaims.data.DataConfig;
import org.bnclaims.data.DataUnavailableException;
import org.bnclaims.run.RunJob;
import org.bnclaims.run.RunOutcome;
import org.bnclaims.run.RunResult;
import org.bnclaims.run.RunsFailedException;
import org.bnclaims.spec.RunSpec;

/**
 * Runs a claim's arms: each spec over every seed of the claim ({@code 1..n}, the same in every arm,
 * so arms pair by seed), through the shared executor and the run cache, in the active {@link
 * Profile}. Resolve it as a test parameter of a {@link Claim} class.
 *
 * <p>In the smoke profile every spec is switched to synthetic data before it runs: smoke never
 * touches real data. A dataset that cannot be had surfaces as {@link DataUnavailableException},
 * which turns the claim into SKIPPED. The lab counts the distinct replicates (spec and seed) the
 * claim used, how many of them came from the cache and how many diverged, however many tests or
 * rows used each; and keeps every spec that ran, from which the verdict's run setting and data
 * descriptions are made.
 *
 * <p>Rows of a parameterized claim each call {@link #runAll} for their own arms; declare every
 * row's arms with {@link #prefetch} (from a {@code @BeforeAll} method taking the lab) and they all
 * train in the first row's executor batch, so running a grid row by row costs no parallelism, and
 * each later row is served from memory.
 */
public final class Lab {

  private final Profile profile;
  private final List<Long> seeds;
  private final Batcher batcher;
  private final List<RunSpec> specs = new ArrayList<>();

  /** Each replicate the claim used, with its outcome when first used. */
  private final Map<RunJob, RunOutcome> used = new LinkedHashMap<>();

  Lab(Profile profile, int seedCount, RunBatches batches) {
    this.profile = profile;
    this.seeds = LongStream.rangeClosed(1, seedCount).boxed().toList();
    this.batcher = new Batcher(batches);
  }

  /** The active profile; use {@link Profile#pick} for per-profile settings. */
  public Profile profile() {
    return profile;
  }

  /** The seeds every arm runs, {@code 1..n}. */
  public List<Long> seeds() {
    return seeds;
  }

  /**
   * Declares specs that later {@link #runAll} calls of this claim will ask for, over every seed:
   * nothing runs now; they train in one executor batch with the next {@link #runAll}, and each is
   * then served from memory once. Declaring a spec that no row asks for costs its training and
   * changes no verdict (a prefetched run only counts when a row uses it).
   */
  public void prefetch(Collection<RunSpec> specs) {
    if (specs == null) {
      throw new IllegalArgumentException("prefetch needs specs");
    }
    List<RunJob> jobs = new ArrayList<>();
    for (RunSpec spec : specs) {
      if (spec == null) {
        throw new IllegalArgumentException("prefetch: a spec is null");
      }
      RunSpec s = forProfile(spec);
      for (long seed : seeds) {
        jobs.add(new RunJob(s, seed));
      }
    }
    batcher.prefetch(jobs);
  }

  /** Runs {@code spec} over every seed. */
  public Arm run(String name, RunSpec spec) {
    return runAll(Map.of(name, spec)).get(name);
  }

  /**
   * Runs several arms in one executor batch, so their runs train in parallel, and returns them by
   * name in the map's iteration order (pass a {@link LinkedHashMap} to keep your order).
   *
   * @throws DataUnavailableException when a dataset cannot be had (the claim becomes SKIPPED)
   * @throws IllegalStateException when runs fail for any other reason, naming each failed run
   */
  public Map<String, Arm> runAll(Map<String, RunSpec> arms) {
    if (arms == null || arms.isEmpty()) {
      throw new IllegalArgumentException("runAll needs at least one arm");
    }
    List<String> names = new ArrayList<>();
    List<RunSpec> prepared = new ArrayList<>();
    List<RunJob> jobs = new ArrayList<>();
    arms.forEach(
        (name, spec) -> {
          if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("every arm needs a name, got '" + name + "'");
          }
          if (spec == null) {
            throw new IllegalArgumentException("arm '" + name + "' has no spec");
          }
          RunSpec s = forProfile(spec);
          names.add(name);
          prepared.add(s);
          for (long seed : seeds) {
            jobs.add(new RunJob(s, seed));
          }
        });
    synchronized (this) {
      // Recorded before running, so a claim whose data is missing still shows the setting it
      // would have run beside the paper's.
      specs.addAll(prepared);
    }
    List<RunOutcome> outcomes = execute(jobs, names);
    Map<String, Arm> out = new LinkedHashMap<>();
    for (int a = 0; a < names.size(); a++) {
      List<RunResult> results = new ArrayList<>();
      for (int s = 0; s < seeds.size(); s++) {
        results.add(outcomes.get(a * seeds.size() + s).result());
      }
      requireSeedsMatter(names.get(a), results);
      out.put(names.get(a), new Arm(names.get(a), prepared.get(a), seeds, results));
    }
    synchronized (this) {
      for (int i = 0; i < jobs.size(); i++) {
        used.putIfAbsent(jobs.get(i), outcomes.get(i));
      }
    }
    return out;
  }

  /**
   * Fails when every seed of an arm trained to exactly the same metrics: the seed then does not
   * reach initialization or data order (docs/statistics.md, section 2.3), and the seeds would be
   * replicates in name only. Metrics that are legitimately equal across seeds (a count of zero dead
   * units) are fine; the whole training history cannot be.
   */
  static void requireSeedsMatter(String arm, List<RunResult> results) {
    if (results.size() < 2) {
      return;
    }
    for (RunResult r : results) {
      if (!r.epochs().equals(results.get(0).epochs())) {
        return;
      }
    }
    throw new IllegalStateException(
        "arm '"
            + arm
            + "': all "
            + results.size()
            + " seeds trained to identical metrics in every epoch; the seed is not reaching"
            + " initialization or data order (docs/statistics.md, section 2.3)");
  }

  private RunSpec forProfile(RunSpec spec) {
    if (profile == Profile.SMOKE && !spec.data().synthetic()) {
      return spec.withData(spec.data().withSynthetic(true));
    }
    return spec;
  }

  private List<RunOutcome> execute(List<RunJob> jobs, List<String> names) {
    try {
      return batcher.serve(jobs);
    } catch (RunsFailedException e) {
      DataUnavailableException missing = findUnavailable(e);
      if (missing != null) {
        throw new DataUnavailableException(missing.getMessage());
      }
      throw new IllegalStateException("runs of arms " + names + " failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running arms " + names, e);
    }
  }

  /** The first {@link DataUnavailableException} among the causes and suppressed exceptions. */
  static DataUnavailableException findUnavailable(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof DataUnavailableException d) {
        return d;
      }
      for (Throwable s : c.getSuppressed()) {
        DataUnavailableException d = findUnavailable(s);
        if (d != null) {
          return d;
        }
      }
    }
    return null;
  }

  synchronized int runs() {
    return used.size();
  }

  synchronized int cacheHits() {
    return (int) used.values().stream().filter(RunOutcome::cacheHit).count();
  }

  synchronized int failures() {
    return (int) used.values().stream().filter(o -> o.result().diverged()).count();
  }

  synchronized List<RunSpec> specs() {
    return List.copyOf(specs);
  }

  /** Whether any spec that ran used synthetic data (then no verdict of it is evidence). */
  synchronized boolean ranSynthetic() {
    return specs.stream().anyMatch(s -> s.data().synthetic());
  }

  /** The distinct data settings of every spec that ran, described for the report. */
  synchronized List<String> dataDescriptions() {
    LinkedHashSet<String> d = new LinkedHashSet<>();
    DataConfig config = DataConfig.fromEnvironment();
    specs.forEach(s -> d.add(DataDescriptions.prepared(s.data(), config)));
    return List.copyOf(d);
  }

  /** Executor batches so far. */
  int executorCalls() {
    return batcher.executorCalls();
  }

  /** The concise human summary of what ran, for the verdict's {@code runSetting}. */
  String runSetting() {
    return RunSettings.describe(specs(), seeds);
  }
}
