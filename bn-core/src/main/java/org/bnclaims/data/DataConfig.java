package org.bnclaims.data;

import java.nio.file.Path;
import java.util.List;

/**
 * Where datasets are looked for and whether they may be downloaded; tests build their own with
 * temporary directories so they never touch the user's cache.
 *
 * @param explicitDir root named by the user ({@code bn.dataDir} / {@code BN_DATA_DIR}), or null
 * @param cacheDir writable root for downloads and extracted archives, or null for none
 * @param systemDirs read-only roots searched after the cache, e.g. {@code /usr/share/datasets}
 * @param offline when true nothing is downloaded
 */
public record DataConfig(Path explicitDir, Path cacheDir, List<Path> systemDirs, boolean offline) {

  /**
   * System property naming the dataset cache. Not {@code bn.cacheDir}: that names the run cache,
   * and one directory for both would mix run hashes with dataset folders.
   */
  public static final String CACHE_PROPERTY = "bn.dataCacheDir";

  /** Environment variable naming the dataset cache, used when the property is absent. */
  public static final String CACHE_ENV = "BN_DATA_CACHE_DIR";

  /** Debian's {@code dataset-*} packages install here. */
  public static final Path SYSTEM_DIR = Path.of("/usr/share/datasets");

  public DataConfig {
    systemDirs = List.copyOf(systemDirs);
  }

  /**
   * The configuration of this process: {@code bn.dataDir} property, else {@code BN_DATA_DIR};
   * {@value #CACHE_PROPERTY} property, else {@value #CACHE_ENV}, else {@code
   * ~/.bn-claims/datasets}; {@link #SYSTEM_DIR}; offline when {@code ai.djl.offline} or {@code
   * bn.offline} is {@code true} or {@code BN_OFFLINE} is {@code true}.
   */
  public static DataConfig fromEnvironment() {
    Path explicit = pathSetting("bn.dataDir", "BN_DATA_DIR");
    Path cache = pathSetting(CACHE_PROPERTY, CACHE_ENV);
    if (cache == null) {
      cache = Path.of(System.getProperty("user.home"), ".bn-claims", "datasets");
    }
    boolean offline =
        Boolean.getBoolean("ai.djl.offline")
            || Boolean.getBoolean("bn.offline")
            || "true".equalsIgnoreCase(System.getenv("BN_OFFLINE"));
    return new DataConfig(explicit, cache, List.of(SYSTEM_DIR), offline);
  }

  private static Path pathSetting(String property, String env) {
    String v = System.getProperty(property);
    if (v == null || v.isBlank()) {
      v = System.getenv(env);
    }
    return v == null || v.isBlank() ? null : Path.of(v);
  }
}
