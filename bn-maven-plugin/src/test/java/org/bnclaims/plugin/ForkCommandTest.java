package org.bnclaims.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bnclaims.backend.ExecutorKind;
import org.bnclaims.device.DeviceSetting;
import org.bnclaims.plugin.fork.ClaimsLauncherMain;
import org.junit.jupiter.api.Test;

class ForkCommandTest {

  private static ForkSettings settings(Integer workers, String jvmArgs) {
    return settings(workers, ForkSettings.CLAIMS_AT_ONCE, jvmArgs);
  }

  private static ForkSettings settings(Integer workers, int claimsAtOnce, String jvmArgs) {
    return new ForkSettings(
        "reduced",
        "7",
        workers,
        claimsAtOnce,
        "/data",
        null,
        "/datasets",
        true,
        DeviceSetting.parse("gpu"),
        ExecutorKind.LOCAL,
        null,
        true,
        null,
        Path.of("/p/target/bn-verdicts"),
        Path.of("/p/target/test-classes"),
        "claim",
        Set.of("a"),
        Set.of(),
        jvmArgs,
        Optional.of(Path.of("/p/target/bn-junit")));
  }

  @Test
  void everySettingBecomesAPropertyAndUnsetOnesAreLeftOut() {
    List<String> args = ForkCommand.java(Path.of("/jdk")).settings(settings(2, null)).arguments();
    assertTrue(args.contains("-Dbn.profile=reduced"));
    assertTrue(args.contains("-Dbn.seeds=7"));
    assertTrue(args.contains("-Dbn.workers=2"));
    assertTrue(args.contains("-Dbn.dataDir=/data"));
    assertTrue(args.contains("-Dbn.dataCacheDir=/datasets"));
    assertTrue(args.contains("-Dbn.offline=true"));
    assertTrue(args.contains("-Dbn.device=gpu"));
    assertTrue(args.contains("-Dbn.verdictDir=" + Path.of("/p/target/bn-verdicts")));
    assertTrue(args.contains("-Dai.djl.offline=true"));
    assertTrue(args.contains("-Djava.awt.headless=true"));
    assertFalse(args.stream().anyMatch(a -> a.startsWith("-Dbn.cacheDir")), args.toString());
  }

  @Test
  void jvmArgsComeFirstAndTheLauncherLast() {
    ForkCommand c =
        ForkCommand.java(Path.of("/jdk"))
            .settings(settings(null, " -Xmx2g  -XX:+UseSerialGC "))
            .classpath(List.of(Path.of("/a.jar"), Path.of("/b dir/classes")));
    List<String> args = c.arguments();
    assertEquals(List.of("-Xmx2g", "-XX:+UseSerialGC"), args.subList(0, 2));
    int cp = args.indexOf("-cp");
    assertEquals("/a.jar" + File.pathSeparator + "/b dir/classes", args.get(cp + 1));
    assertEquals(ClaimsLauncherMain.class.getName(), args.get(cp + 2));
    assertEquals(
        List.of(
            "--test-classes",
            Path.of("/p/target/test-classes").toString(),
            "--tags",
            "claim",
            "--claims-at-once",
            "2",
            "--include",
            "a",
            "--junit-xml",
            Path.of("/p/target/bn-junit").toString()),
        args.subList(cp + 3, args.size()));
    assertEquals(List.of("/jdk/bin/java", "@/tmp/x.args"), c.command(Path.of("/tmp/x.args")));
  }

  @Test
  void argumentFileQuotesEveryArgument() {
    ForkCommand c =
        ForkCommand.java(Path.of("/jdk"))
            .property("bn.odd", "a \"quoted\" C:\\path")
            .classpath(List.of(Path.of("/x y.jar")));
    String file = c.argumentFile();
    assertTrue(file.contains("\"-Dbn.odd=a \\\"quoted\\\" C:\\\\path\"\n"), file);
    assertTrue(file.contains("\"/x y.jar\"\n"), file);
  }

  @Test
  void badSettingsAreRejectedByName() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> settings(0, null));
    assertTrue(e.getMessage().contains("bn.workers"), e.getMessage());
    IllegalArgumentException c =
        assertThrows(IllegalArgumentException.class, () -> settings(2, 0, null));
    assertEquals(
        "bn.claimsAtOnce = 0; allowed: an integer >= 1 (1 runs claims one by one)", c.getMessage());
    IllegalArgumentException d =
        assertThrows(IllegalArgumentException.class, () -> DeviceSetting.parse("tpu"));
    assertEquals(
        "bn.device = 'tpu' is not a device; allowed: cpu, gpu, gpu:N (N = 0, 1, ...) or auto"
            + " (the default)",
        d.getMessage());
  }
}
