package org.bnclaims.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.bnclaims.spec.CanonicalJson;
import org.bnclaims.spec.RunSpec;
import org.bnclaims.spec.SpecHash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCacheTest {

  @TempDir Path tmp;

  private Path counter() {
    return tmp.resolve("counter.txt");
  }

  @Test
  void missThenHitWithTheDocumentedLayout() throws Exception {
    RunCache cache = new RunCache(tmp.resolve("cache"));
    RunSpec spec = FakeRuns.spec(0);
    assertTrue(cache.lookup(spec, 3).isEmpty());

    RunOutcome first = cache.getOrRun(spec, 3, FakeRuns.counting(counter(), 0));
    RunOutcome second = cache.getOrRun(spec, 3, FakeRuns.counting(counter(), 0));

    assertFalse(first.cacheHit());
    assertTrue(second.cacheHit());
    assertEquals(1, FakeRuns.count(counter()));
    assertEquals(first.result(), second.result());
    assertEquals(first.result(), cache.lookup(spec, 3).orElseThrow());

    Path dir = tmp.resolve("cache").resolve(SpecHash.of(spec)).resolve("seed-3");
    assertEquals(dir, cache.runDir(spec, 3));
    assertEquals(CanonicalJson.of(spec), Files.readString(dir.resolve("spec.json")));
    byte[] json = Files.readAllBytes(dir.resolve("result.json"));
    assertEquals(
        "sha256 " + RunCache.sha256(json) + "\n", Files.readString(dir.resolve("COMPLETE")));
    assertEquals(
        first.result(), RunJson.fromJson(new String(json, StandardCharsets.UTF_8), "result"));
  }

  @Test
  void seedsAndSpecsAreSeparateEntries() throws Exception {
    RunCache cache = new RunCache(tmp);
    cache.getOrRun(FakeRuns.spec(0), 1, FakeRuns.counting(counter(), 0));
    assertFalse(cache.getOrRun(FakeRuns.spec(0), 2, FakeRuns.counting(counter(), 0)).cacheHit());
    assertFalse(cache.getOrRun(FakeRuns.spec(1), 1, FakeRuns.counting(counter(), 0)).cacheHit());
    assertEquals(3, FakeRuns.count(counter()));
  }

  @Test
  void directoryWithoutMarkerIsRedone() throws Exception {
    RunCache cache = new RunCache(tmp);
    RunSpec spec = FakeRuns.spec(0);
    Path dir = cache.runDir(spec, 5);
    Files.createDirectories(dir);
    // A complete, valid result.json, but the run died before writing COMPLETE.
    RunJson.write(FakeRuns.result(spec, 5), dir.resolve("result.json"));
    assertTrue(cache.lookup(spec, 5).isEmpty(), "never read without the marker");

    RunOutcome o = cache.getOrRun(spec, 5, FakeRuns.counting(counter(), 0));
    assertFalse(o.cacheHit());
    assertEquals(1, FakeRuns.count(counter()));
    assertTrue(Files.exists(dir.resolve("COMPLETE")));
  }

  @Test
  void halfWrittenResultWithoutMarkerIsRedone() throws Exception {
    RunCache cache = new RunCache(tmp);
    RunSpec spec = FakeRuns.spec(0);
    Path dir = cache.runDir(spec, 6);
    Files.createDirectories(dir);
    String full = RunJson.toJson(FakeRuns.result(spec, 6));
    Files.writeString(dir.resolve("result.json"), full.substring(0, full.length() / 2));
    Files.writeString(dir.resolve("scratch.bin"), "partial checkpoint");

    assertFalse(cache.getOrRun(spec, 6, FakeRuns.counting(counter(), 0)).cacheHit());
    assertFalse(Files.exists(dir.resolve("scratch.bin")), "old remains were deleted first");
    assertEquals(FakeRuns.result(spec, 6), cache.lookup(spec, 6).orElseThrow());
  }

  @Test
  void corruptResultWithMarkerIsReportedAndRedone() throws Exception {
    RunCache cache = new RunCache(tmp);
    RunSpec spec = FakeRuns.spec(2);
    cache.getOrRun(spec, 1, FakeRuns.counting(counter(), 0));
    Path result = cache.runDir(spec, 1).resolve("result.json");
    Files.writeString(result, "{\"specHash\": \"trunc");

    String log =
        captureStderr(
            () -> {
              assertTrue(cache.lookup(spec, 1).isEmpty());
              assertFalse(cache.getOrRun(spec, 1, FakeRuns.counting(counter(), 0)).cacheHit());
            });
    assertEquals(2, FakeRuns.count(counter()));
    assertTrue(
        log.contains("has a COMPLETE marker but result.json does not match the checksum"), log);
    assertTrue(log.contains("it will be redone"), log);
    assertTrue(cache.getOrRun(spec, 1, FakeRuns.counting(counter(), 0)).cacheHit());
  }

  @Test
  void failingOrWrongResultsLeaveNoMarker() throws Exception {
    RunCache cache = new RunCache(tmp);
    RunSpec spec = FakeRuns.spec(0);
    RunFailedException e =
        assertThrows(
            RunFailedException.class,
            () ->
                cache.getOrRun(
                    spec,
                    9,
                    (s, seed, dir) -> {
                      throw new IllegalStateException("boom");
                    }));
    assertTrue(e.getMessage().contains(SpecHash.of(spec) + " seed 9"), e.getMessage());
    assertTrue(e.getMessage().contains("boom"), e.getMessage());
    assertFalse(Files.exists(cache.runDir(spec, 9).resolve("COMPLETE")));

    e =
        assertThrows(
            RunFailedException.class,
            () -> cache.getOrRun(spec, 9, (s, seed, dir) -> FakeRuns.result(FakeRuns.spec(1), 9)));
    assertTrue(e.getMessage().contains("returned the result of spec"), e.getMessage());
    e = assertThrows(RunFailedException.class, () -> cache.getOrRun(spec, 9, (s, seed, d) -> null));
    assertTrue(e.getMessage().contains("returned null"), e.getMessage());

    assertFalse(cache.getOrRun(spec, 9, FakeRuns.counting(counter(), 0)).cacheHit());
  }

  @Test
  void twoThreadsOnOneKeyComputeOnce() throws Exception {
    RunCache a = new RunCache(tmp);
    RunCache b = new RunCache(tmp);
    RunSpec spec = FakeRuns.spec(0);
    CompletableFuture<RunOutcome> fa =
        CompletableFuture.supplyAsync(() -> get(a, spec, FakeRuns.counting(counter(), 300)));
    CompletableFuture<RunOutcome> fb =
        CompletableFuture.supplyAsync(() -> get(b, spec, FakeRuns.counting(counter(), 300)));
    RunOutcome oa = fa.get();
    RunOutcome ob = fb.get();
    assertEquals(1, FakeRuns.count(counter()));
    assertTrue(oa.cacheHit() ^ ob.cacheHit(), "exactly one computed");
    assertEquals(oa.result(), ob.result());
  }

  @Test
  void rootComesFromThePropertyFirst() {
    String old = System.getProperty(RunCache.ROOT_PROPERTY);
    try {
      System.setProperty(RunCache.ROOT_PROPERTY, tmp.toString());
      assertEquals(tmp, RunCache.defaultRoot());
      assertEquals(tmp.toAbsolutePath(), new RunCache().root());
      System.clearProperty(RunCache.ROOT_PROPERTY);
      String env = System.getenv(RunCache.ROOT_ENV);
      Path expected =
          env == null || env.isBlank()
              ? Path.of(System.getProperty("user.home"), ".bn-claims", "runs")
              : Path.of(env);
      assertEquals(expected, RunCache.defaultRoot());
    } finally {
      if (old == null) {
        System.clearProperty(RunCache.ROOT_PROPERTY);
      } else {
        System.setProperty(RunCache.ROOT_PROPERTY, old);
      }
    }
  }

  private static RunOutcome get(RunCache cache, RunSpec spec, RunFunction fn) {
    try {
      return cache.getOrRun(spec, 0, fn);
    } catch (RunFailedException e) {
      throw new IllegalStateException(e);
    }
  }

  /** What {@code body} wrote to System.err (slf4j-simple resolves System.err on every line). */
  private static String captureStderr(ThrowingRunnable body) throws Exception {
    PrintStream old = System.err;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      body.run();
    } finally {
      System.setErr(old);
    }
    return buf.toString(StandardCharsets.UTF_8);
  }

  private interface ThrowingRunnable {
    void run() throws Exception;
  }
}
