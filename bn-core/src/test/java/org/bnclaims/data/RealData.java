package org.bnclaims.data;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * Where the tests find the project's real data ({@code shared/data}, see its README), and what a
 * test does when it is missing: fail on CI ({@code CI=true}), where the data must be present, and
 * abort (skipped) elsewhere, so a clone without the shared folder still builds.
 */
final class RealData {
  private RealData() {}

  /** bn.dataDir, else BN_DATA_DIR, else ../../shared/data from the module directory. */
  static Path root() {
    String p = System.getProperty("bn.dataDir");
    if (p == null || p.isBlank()) {
      p = System.getenv("BN_DATA_DIR");
    }
    if (p != null && !p.isBlank()) {
      return Path.of(p);
    }
    return Path.of(System.getProperty("user.dir")).resolve("../../shared/data").normalize();
  }

  /**
   * Only {@link #root()}, offline, without a cache: the tests read the shared files as they are.
   */
  static DataConfig config() {
    return new DataConfig(root(), null, List.of(), true);
  }

  /** Dataset {@code name} at its native size, or the test fails (CI) or is skipped. */
  static Dataset require(String name, DataConfig cfg, String howToInstall) {
    DataOutcome o = Datasets.load(name, cfg);
    if (o instanceof DataOutcome.Unavailable u) {
      missing(name + " is not installed; " + howToInstall + "\n" + u.message());
    }
    return ((DataOutcome.Available) o).dataset();
  }

  /** {@code file} under {@link #root()}, or the test fails (CI) or is skipped. */
  static Path requireFile(String relative) {
    Path f = root().resolve(relative);
    if (!Files.isRegularFile(f)) {
      missing(f + " is missing; set -Dbn.dataDir or BN_DATA_DIR to the project's shared/data");
    }
    return f;
  }

  static void missing(String message) {
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      fail(message);
    }
    Assumptions.abort(message);
  }
}
