package org.bnclaims.plugin;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.bnclaims.backend.ExecutorKind;
import org.bnclaims.device.DeviceSetting;
import org.bnclaims.spark.SparkMaster;

/**
 * What the claims JVM is told: the {@code bn.*} settings and which claims to run. Null means "not
 * set": the claims then use their own default.
 *
 * <p>Every setting is checked here, before the fork starts: a value the claims would refuse fails
 * the build at once, naming the setting, the value and what is allowed, instead of after the fork
 * as "no verdict written". The rules are the claims' own ({@code Profile.parse} and {@code
 * Settings.of} in the claim API, which the plugin cannot depend on): keep them in step.
 *
 * @param profile {@code smoke}, {@code reduced} or {@code gpu}
 * @param seeds override of every claim's seeds (as the claims parse {@code bn.seeds})
 * @param workers parallel runs
 * @param claimsAtOnce claim classes run concurrently, sharing the workers, so one claim's last runs
 *     do not leave a worker idle ({@value #CLAIMS_AT_ONCE} by default; 1 runs them one by one)
 * @param dataDir where datasets are looked for first
 * @param cacheDir the run cache
 * @param dataCacheDir the dataset cache
 * @param offline whether datasets may be downloaded
 * @param device {@code cpu}, {@code gpu}, {@code gpu:N} or {@code auto} (every visible GPU, else
 *     the CPU)
 * @param executor {@code local} or {@code spark}
 * @param sparkMaster the Spark master URL with {@code spark}, or null for {@code local[workers]}
 * @param djlOffline whether DJL may not download (false for the CUDA build, which it downloads)
 * @param pytorchFlavor DJL's {@code PYTORCH_FLAVOR} (e.g. {@code cu128}), or null
 * @param verdictDir where each claim writes {@code <id>.json}
 * @param testClasses the directory the claim classes are found in
 * @param tags JUnit tag expression selecting the claim classes
 * @param include claim ids to run (empty: all)
 * @param exclude claim ids to leave out
 * @param jvmArgs extra options of the forked JVM, white-space separated
 * @param junitXml where JUnit's own XML of the run goes, if anywhere
 */
record ForkSettings(
    String profile,
    String seeds,
    Integer workers,
    int claimsAtOnce,
    String dataDir,
    String cacheDir,
    String dataCacheDir,
    boolean offline,
    DeviceSetting device,
    ExecutorKind executor,
    String sparkMaster,
    boolean djlOffline,
    String pytorchFlavor,
    Path verdictDir,
    Path testClasses,
    String tags,
    Set<String> include,
    Set<String> exclude,
    String jvmArgs,
    Optional<Path> junitXml) {

  /** The profiles the claims know. */
  static final List<String> PROFILES = List.of("smoke", "reduced", "gpu");

  /**
   * Two claims at a time keep two workers busy: when one claim waits for its last run, the other
   * claim's runs take the free worker. More claims at once gain little and interleave the log.
   */
  static final int CLAIMS_AT_ONCE = 2;

  /** The claims need two seeds to estimate a spread. */
  static final int MIN_SEEDS = 2;

  ForkSettings {
    if (profile == null || !PROFILES.contains(profile.trim().toLowerCase(Locale.ROOT))) {
      throw rejected("bn.profile", profile, String.join(", ", PROFILES));
    }
    if (seeds != null && !seeds.isBlank() && !atLeast(seeds.trim(), MIN_SEEDS)) {
      throw rejected(
          "bn.seeds", seeds, "an integer >= " + MIN_SEEDS + " (the seed count of every claim)");
    }
    if (workers != null && workers < 1) {
      throw rejected("bn.workers", workers, "an integer >= 1");
    }
    if (claimsAtOnce < 1) {
      throw rejected("bn.claimsAtOnce", claimsAtOnce, "an integer >= 1 (1 runs claims one by one)");
    }
    if (tags == null || tags.isBlank()) {
      throw rejected("bn.tags", tags, "a JUnit tag expression; the default selects tag 'claim'");
    }
    if (device == null || executor == null) {
      throw new IllegalArgumentException("bn.device and bn.executor need a value");
    }
    if (sparkMaster != null && !sparkMaster.isBlank()) {
      if (executor != ExecutorKind.SPARK) {
        throw new IllegalArgumentException(
            "bn.spark.master = '"
                + sparkMaster
                + "' is set but bn.executor is '"
                + executor.key()
                + "'; set bn.executor=spark to run on Spark");
      }
      SparkMaster.resolve(sparkMaster, 1);
    }
    include = Set.copyOf(include);
    exclude = Set.copyOf(exclude);
  }

  /** The message every refused setting gets: {@code bn.x = 'value'; allowed: ...}. */
  static IllegalArgumentException rejected(String property, Object value, String allowed) {
    String shown = value instanceof String s ? "'" + s + "'" : String.valueOf(value);
    return new IllegalArgumentException(property + " = " + shown + "; allowed: " + allowed);
  }

  private static boolean atLeast(String value, int min) {
    try {
      return Integer.parseInt(value) >= min;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
