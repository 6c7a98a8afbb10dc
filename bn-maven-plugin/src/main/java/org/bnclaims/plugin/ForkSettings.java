package org.bnclaims.plugin;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.bnclaims.backend.ExecutorKind;
import org.bnclaims.device.DeviceSetting;
import org.bnclaims.spark.SparkMaster;

/**
 * What the claims JVM is told: the {@code bn.*} settings and which claims to run. Null means "not
 * set": the claims then use their own default.
 *
 * @param profile {@code smoke}, {@code reduced} or {@code gpu}
 * @param seeds override of every claim's seeds (as the claims parse {@code bn.seeds})
 * @param workers parallel runs
 * @param dataDir where datasets are looked for first
 * @param cacheDir the run cache
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
    String dataDir,
    String cacheDir,
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

  ForkSettings {
    if (profile == null || profile.isBlank()) {
      throw new IllegalArgumentException("bn.profile is empty; use smoke, reduced or gpu");
    }
    if (workers != null && workers < 1) {
      throw new IllegalArgumentException("bn.workers must be at least 1, was " + workers);
    }
    if (tags == null || tags.isBlank()) {
      throw new IllegalArgumentException("bn.tags is empty; the default selects tag 'claim'");
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
}
