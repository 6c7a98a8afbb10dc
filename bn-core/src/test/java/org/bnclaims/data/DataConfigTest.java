package org.bnclaims.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The dataset cache has its own setting: {@code bn.cacheDir} names the run cache only. */
class DataConfigTest {

  @Test
  void runCacheSettingDoesNotMoveTheDatasetCache() {
    String runs = System.getProperty("bn.cacheDir");
    String data = System.getProperty(DataConfig.CACHE_PROPERTY);
    try {
      System.setProperty("bn.cacheDir", "/tmp/bn-runs");
      System.clearProperty(DataConfig.CACHE_PROPERTY);
      assertNotEquals(Path.of("/tmp/bn-runs"), DataConfig.fromEnvironment().cacheDir());
      System.setProperty(DataConfig.CACHE_PROPERTY, "/tmp/bn-datasets");
      assertEquals(Path.of("/tmp/bn-datasets"), DataConfig.fromEnvironment().cacheDir());
    } finally {
      restore("bn.cacheDir", runs);
      restore(DataConfig.CACHE_PROPERTY, data);
    }
  }

  private static void restore(String key, String value) {
    if (value == null) {
      System.clearProperty(key);
    } else {
      System.setProperty(key, value);
    }
  }
}
