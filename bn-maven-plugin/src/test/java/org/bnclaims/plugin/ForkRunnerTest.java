package org.bnclaims.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bnclaims.backend.ExecutorKind;
import org.bnclaims.device.DeviceSetting;
import org.bnclaims.plugin.fork.ClaimsLauncherMain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starts a real claims JVM (about a second) on a directory without claims. */
class ForkRunnerTest {

  @TempDir Path tmp;

  @Test
  void streamsTheOutputAndReportsTheLaunchersStatusAndReason() throws Exception {
    List<Path> cp =
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .map(Path::of)
            .toList();
    ForkSettings s =
        new ForkSettings(
            "smoke",
            null,
            null,
            1,
            null,
            null,
            null,
            true,
            DeviceSetting.parse("cpu"),
            ExecutorKind.LOCAL,
            null,
            true,
            null,
            tmp.resolve("verdicts"),
            tmp.resolve("no-test-classes"),
            "claim",
            Set.of(),
            Set.of(),
            "-Xmx64m",
            Optional.empty());
    ForkCommand c =
        ForkCommand.java(Path.of(System.getProperty("java.home"))).settings(s).classpath(cp);
    List<String> lines = new ArrayList<>();
    Path argFile = tmp.resolve("sub/fork.args");
    ForkRunner.Result r = ForkRunner.run(c, tmp, argFile, Duration.ofMinutes(1), lines::add);
    assertEquals(ClaimsLauncherMain.NO_CLAIMS, r.exitCode(), lines.toString());
    assertFalse(r.timedOut());
    assertEquals(1, r.errors().size(), r.errors().toString());
    assertTrue(r.errors().get(0).contains("no-test-classes not found"), r.errors().toString());
    assertTrue(lines.stream().anyMatch(l -> l.startsWith(ClaimsLauncherMain.ERROR_PREFIX)));
    assertEquals(c.argumentFile(), Files.readString(argFile));
  }
}
