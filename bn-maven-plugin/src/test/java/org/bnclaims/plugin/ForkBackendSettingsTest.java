package org.bnclaims.plugin;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bnclaims.backend.ExecutorKind;
import org.bnclaims.device.DeviceSetting;
import org.bnclaims.spark.SparkJvm;
import org.junit.jupiter.api.Test;

/** The executor, Spark master, device and DJL download settings reach the claims JVM. */
class ForkBackendSettingsTest {

  private static ForkSettings settings(
      String device, ExecutorKind executor, String master, boolean djlOffline, String flavor) {
    return new ForkSettings(
        "gpu",
        null,
        null,
        ForkSettings.CLAIMS_AT_ONCE,
        null,
        null,
        null,
        true,
        DeviceSetting.parse(device),
        executor,
        master,
        djlOffline,
        flavor,
        Path.of("/p/target/bn-verdicts"),
        Path.of("/p/target/test-classes"),
        "claim",
        Set.of(),
        Set.of(),
        "-Xmx8g",
        Optional.empty());
  }

  @Test
  void sparkSettingsReachTheForkWhichGetsSparksJvmOptionsBeforeTheUsers() {
    List<String> args =
        ForkCommand.java(Path.of("/jdk"))
            .settings(settings("gpu", ExecutorKind.SPARK, "spark://127.0.0.1:7077", true, null))
            .arguments();
    assertTrue(args.contains("-Dbn.executor=spark"), args.toString());
    assertTrue(args.contains("-Dbn.spark.master=spark://127.0.0.1:7077"), args.toString());
    assertTrue(args.contains("-Dbn.device=gpu"), args.toString());
    assertEquals(SparkJvm.MODULE_OPTIONS, args.subList(0, SparkJvm.MODULE_OPTIONS.size()));
    assertEquals("-Xmx8g", args.get(SparkJvm.MODULE_OPTIONS.size()));
  }

  @Test
  void theLocalExecutorNeedsNoSparkOptions() {
    List<String> args =
        ForkCommand.java(Path.of("/jdk"))
            .settings(settings("gpu:1", ExecutorKind.LOCAL, null, true, null))
            .arguments();
    assertEquals("-Xmx8g", args.get(0));
    assertTrue(args.contains("-Dbn.device=gpu:1"));
    assertTrue(args.contains("-Dbn.executor=local"));
    assertTrue(args.contains("-Dai.djl.offline=true"));
    assertFalse(args.stream().anyMatch(a -> a.startsWith("-DPYTORCH_FLAVOR")), args.toString());
  }

  @Test
  void theGpuBuildLetsDjlFetchTheCudaFlavor() {
    List<String> args =
        ForkCommand.java(Path.of("/jdk"))
            .settings(settings("gpu", ExecutorKind.LOCAL, null, false, "cu128"))
            .arguments();
    assertTrue(args.contains("-Dai.djl.offline=false"));
    assertTrue(args.contains("-DPYTORCH_FLAVOR=cu128"));
  }

  @Test
  void badBackendSettingsFailNamingTheSetting() {
    IllegalArgumentException localMaster =
        assertThrows(
            IllegalArgumentException.class,
            () -> settings("cpu", ExecutorKind.LOCAL, "spark://h:7077", true, null));
    assertTrue(
        localMaster.getMessage().contains("set bn.executor=spark"), localMaster.getMessage());
    IllegalArgumentException malformed =
        assertThrows(
            IllegalArgumentException.class,
            () -> settings("cpu", ExecutorKind.SPARK, "spark://h", true, null));
    assertTrue(
        malformed.getMessage().startsWith("bn.spark.master = 'spark://h'"), malformed.getMessage());
    IllegalArgumentException executor =
        assertThrows(IllegalArgumentException.class, () -> ExecutorKind.parse("dask"));
    assertTrue(executor.getMessage().contains("allowed: local, spark"), executor.getMessage());
  }
}
