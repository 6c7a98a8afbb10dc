package org.bnclaims.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bnclaims.spec.RunSpec;

/**
 * The one training entry point: {@code (spec, seed, run directory) -> result}, and its seed-batched
 * form {@code (spec, seeds) -> results}. The trainer implements it; the cache and the executor call
 * it only for runs that are not cached yet.
 *
 * <p>An implementation returns a result whose {@code specHash} and {@code seed} match its
 * arguments, never null (a diverged run is a result with {@code diverged} set); it may keep scratch
 * files in {@code workDir}, which is the run's cache directory and is discarded if the run does not
 * complete. It must draw all randomness from {@code seed}, because runs execute in parallel.
 *
 * <p>A trainer that can train several seeds of one spec as one wider network (the seeds never
 * interact, so each seed's result is its own) says how many through {@link #seedBatchLimit} and
 * overrides {@link #runSeeds}; the executor then hands it up to that many seeds at once. Every
 * other function trains seeds one by one.
 */
@FunctionalInterface
public interface RunFunction {

  /** Trains one replicate. */
  RunResult run(RunSpec spec, long seed, Path workDir) throws Exception;

  /** The most seeds of {@code spec} that one call of {@link #runSeeds} trains together (≥ 1). */
  default int seedBatchLimit(RunSpec spec) {
    return 1;
  }

  /**
   * Trains {@code seeds} of {@code spec} and returns their results in the same order. The default
   * trains them one after another; a seed that fails fails the call.
   */
  default List<RunResult> runSeeds(RunSpec spec, List<Long> seeds) throws Exception {
    List<RunResult> out = new ArrayList<>(seeds.size());
    for (long seed : seeds) {
      out.add(run(spec, seed, null));
    }
    return out;
  }
}
