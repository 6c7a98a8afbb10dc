package org.bnclaims.run;

import java.nio.file.Path;
import org.bnclaims.spec.RunSpec;

/**
 * The one training entry point: {@code (spec, seed, run directory) -> result}. The trainer
 * implements it; the cache and the executor call it only for runs that are not cached yet.
 *
 * <p>An implementation returns a result whose {@code specHash} and {@code seed} match its
 * arguments, never null (a diverged run is a result with {@code diverged} set); it may keep scratch
 * files in {@code workDir}, which is the run's cache directory and is discarded if the run does not
 * complete. It must draw all randomness from {@code seed}, because runs execute in parallel.
 */
@FunctionalInterface
public interface RunFunction {
  RunResult run(RunSpec spec, long seed, Path workDir) throws Exception;
}
