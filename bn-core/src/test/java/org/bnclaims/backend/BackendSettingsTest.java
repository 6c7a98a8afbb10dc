package org.bnclaims.backend;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.bnclaims.device.DeviceSetting;
import org.junit.jupiter.api.Test;

class BackendSettingsTest {

  private static BackendSettings read(Map<String, String> values) {
    return BackendSettings.read(k -> Optional.ofNullable(values.get(k)), 0, Path.of("cache"));
  }

  @Test
  void defaultsAreTheLocalExecutorOnEveryVisibleGpuElseTheCpu() {
    BackendSettings s = read(Map.of());
    assertEquals(ExecutorKind.LOCAL, s.executor());
    assertEquals(DeviceSetting.AUTO, s.device());
    assertNull(s.sparkMaster());
  }

  @Test
  void sparkWithItsMaster() {
    BackendSettings s =
        read(Map.of("bn.executor", "Spark", "bn.spark.master", "spark://127.0.0.1:7077"));
    assertEquals(ExecutorKind.SPARK, s.executor());
    assertEquals("spark://127.0.0.1:7077", s.sparkMaster());
  }

  @Test
  void badValuesNameTheSettingTheValueAndWhatIsAllowed() {
    IllegalArgumentException kind =
        assertThrows(IllegalArgumentException.class, () -> read(Map.of("bn.executor", "ray")));
    assertEquals(
        "bn.executor = 'ray' is not an executor; allowed: local, spark", kind.getMessage());
    IllegalArgumentException master =
        assertThrows(
            IllegalArgumentException.class,
            () -> read(Map.of("bn.spark.master", "spark://127.0.0.1:7077")));
    assertTrue(master.getMessage().contains("set bn.executor=spark"), master.getMessage());
    assertThrows(IllegalArgumentException.class, () -> read(Map.of("bn.device", "gpu:a")));
  }

  @Test
  void sparkIsNamedWithItsVersionWhenItIsMissing() {
    assertTrue(
        RunBackends.sparkVersion().matches("\\d+\\.\\d+\\.\\d+"), RunBackends.sparkVersion());
  }
}
