package org.bnclaims.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bnclaims.plugin.fork.ClaimsLauncherMain;
import org.bnclaims.verdict.ClaimVerdict;
import org.bnclaims.verdict.Outcome;
import org.bnclaims.verdict.VerdictJson;
import org.bnclaims.verdict.VerdictReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerdictCollectorTest {

  private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");
  private static final Duration TIMEOUT = Duration.ofMinutes(30);

  @TempDir Path dir;

  static ClaimVerdict verdict(String id, Outcome o) {
    return new ClaimVerdict(
        id, "s", "src", o, "r", "smoke", false, "p", "q", List.of(), List.of(), List.of(), 1, 0, 0,
        1.5);
  }

  private static ForkRunner.Result exit(int code, String... errors) {
    return new ForkRunner.Result(code, false, List.of(errors));
  }

  @Test
  void aRefutedClaimIsANormalRunEvenThoughTheForkReportsFailedTests() {
    VerdictJson.writeClaimTo(verdict("b", Outcome.REFUTED), dir);
    VerdictJson.writeClaimTo(verdict("a", Outcome.SUPPORTED), dir);
    VerdictReport r = VerdictCollector.collect(dir, exit(1), TIMEOUT, NOW).report();
    assertEquals(List.of("a", "b"), r.claims().stream().map(ClaimVerdict::id).toList());
    assertEquals("smoke", r.profile());
    assertEquals(NOW.toString(), r.generatedAt());
  }

  @Test
  void aCrashWithoutVerdictsFailsWithTheStatusAndTheLaunchersReason() {
    var e =
        assertThrows(
            VerdictCollector.ForkFailedException.class,
            () -> VerdictCollector.collect(dir, exit(134, "out of memory"), TIMEOUT, NOW));
    assertEquals(
        "the claims JVM exited with status 134 and wrote no verdict to " + dir + ": out of memory",
        e.getMessage());
    var missing =
        assertThrows(
            VerdictCollector.ForkFailedException.class,
            () -> VerdictCollector.collect(dir.resolve("none"), exit(0), TIMEOUT, NOW));
    assertTrue(missing.getMessage().contains("wrote no verdict"), missing.getMessage());
  }

  @Test
  void rejectedArgumentsAndTimeoutsFailEvenWithVerdicts() {
    VerdictJson.writeClaimTo(verdict("a", Outcome.SUPPORTED), dir);
    var bad =
        assertThrows(
            VerdictCollector.ForkFailedException.class,
            () ->
                VerdictCollector.collect(
                    dir,
                    exit(ClaimsLauncherMain.BAD_ARGS, "unknown claim id(s) [x]"),
                    TIMEOUT,
                    NOW));
    assertEquals("the claims JVM ran no claim: unknown claim id(s) [x]", bad.getMessage());
    var late =
        assertThrows(
            VerdictCollector.ForkFailedException.class,
            () ->
                VerdictCollector.collect(
                    dir, new ForkRunner.Result(-1, true, List.of()), TIMEOUT, NOW));
    assertTrue(late.getMessage().contains("within 30 minute(s)"), late.getMessage());
  }

  @Test
  void prepareDeletesOldVerdictsOnly() throws Exception {
    VerdictJson.writeClaimTo(verdict("old", Outcome.SUPPORTED), dir);
    Files.writeString(dir.resolve("notes.txt"), "kept");
    VerdictCollector.prepare(dir);
    assertEquals(List.of(dir.resolve("notes.txt")), Files.list(dir).toList());
    VerdictCollector.prepare(dir.resolve("new/sub"));
    assertTrue(Files.isDirectory(dir.resolve("new/sub")));
  }
}
