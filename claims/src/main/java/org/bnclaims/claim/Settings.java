package org.bnclaims.claim;

import java.nio.file.Path;
import java.util.Optional;
import org.bnclaims.backend.BackendSettings;
import org.bnclaims.run.RunCache;
import org.bnclaims.run.RunExecutor;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The settings of one test-engine execution, read from JUnit configuration parameters, which fall
 * back to system properties (so {@code -Dbn.profile=reduced} works, and tests pass their own).
 *
 * @param profile {@value Profile#PROPERTY}
 * @param seedOverride {@value #SEEDS}, or 0 when the claim's own counts apply
 * @param verdictDir {@value #VERDICT_DIR}, default {@code target/bn-verdicts}
 * @param workers {@value #WORKERS}, default one per core
 * @param cacheRoot {@value RunCache#ROOT_PROPERTY}, default {@link RunCache#defaultRoot()}
 * @param runFunction {@value #RUN_FUNCTION}, a test hook: the class name of a run function that
 *     replaces training, or null (training)
 * @param backend the executor backend and devices ({@code bn.executor}, {@code bn.spark.master},
 *     {@code bn.device}), with the workers as set (0 when unset) and the cache root
 */
record Settings(
    Profile profile,
    int seedOverride,
    Path verdictDir,
    int workers,
    Path cacheRoot,
    String runFunction,
    BackendSettings backend) {

  static final String SEEDS = "bn.seeds";
  static final String VERDICT_DIR = "bn.verdictDir";
  static final String WORKERS = "bn.workers";
  static final String RUN_FUNCTION = "bn.test.runFunction";

  static Settings of(ExtensionContext context) {
    Profile profile = Profile.parse(get(context, Profile.PROPERTY).orElse(null));
    int seeds = get(context, SEEDS).map(v -> positive(SEEDS, v, 2)).orElse(0);
    Path verdicts = get(context, VERDICT_DIR).map(Path::of).orElse(Path.of("target/bn-verdicts"));
    int workersSet = get(context, WORKERS).map(v -> positive(WORKERS, v, 1)).orElse(0);
    int workers = workersSet > 0 ? workersSet : RunExecutor.defaultWorkers();
    Path cache = get(context, RunCache.ROOT_PROPERTY).map(Path::of).orElse(RunCache.defaultRoot());
    String fn = get(context, RUN_FUNCTION).orElse(null);
    BackendSettings backend = BackendSettings.read(k -> get(context, k), workersSet, cache);
    return new Settings(profile, seeds, verdicts, workers, cache, fn, backend);
  }

  /** The seed count for a claim declaring {@code seeds}: the override if set. */
  int seedCount(Seeds seeds) {
    return seedOverride > 0 ? seedOverride : profile.seeds(seeds);
  }

  private static Optional<String> get(ExtensionContext context, String key) {
    return context.getConfigurationParameter(key).filter(v -> !v.isBlank()).map(String::trim);
  }

  private static int positive(String key, String value, int min) {
    try {
      int n = Integer.parseInt(value);
      if (n >= min) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        key + " must be an integer >= " + min + ", got '" + value + "'");
  }
}
