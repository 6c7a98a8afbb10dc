package org.bnclaims.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TwoProcessCacheTest {

  @TempDir Path tmp;

  /**
   * A second JVM computes a run and holds it for a second; this JVM asks for the same run while the
   * other is inside its run function, so it must wait on the file lock and then read the other
   * process's result instead of training again.
   */
  @Test
  void secondProcessWaitsAndReadsTheFirstResult() throws Exception {
    Path root = tmp.resolve("cache");
    Path counter = tmp.resolve("counter.txt");
    Path started = tmp.resolve("started");
    Path out = tmp.resolve("child-out.txt");
    Path log = tmp.resolve("child-log.txt");
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                CacheClientMain.class.getName(),
                root.toString(),
                counter.toString(),
                started.toString(),
                out.toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      while (!Files.exists(started) && child.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertTrue(Files.exists(started), () -> "child never started its run: " + read(log));

      long t0 = System.nanoTime();
      RunOutcome mine =
          new RunCache(root)
              .getOrRun(FakeRuns.spec(0), CacheClientMain.SEED, FakeRuns.counting(counter, 0));
      long waitedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);

      assertTrue(child.waitFor(20, TimeUnit.SECONDS), "child did not finish");
      assertEquals(0, child.exitValue(), () -> "child failed: " + read(log));
      String[] childOut = read(out).split("\n", 2);
      assertEquals("hit=false", childOut[0], "the child computed the run");
      assertTrue(mine.cacheHit(), "this JVM read the child's result");
      assertEquals(1, FakeRuns.count(counter), "the run function ran once across both JVMs");
      assertEquals(RunJson.fromJson(childOut[1], "child"), mine.result());
      assertTrue(waitedMillis > 200, "this JVM waited for the lock: " + waitedMillis + " ms");
      assertFalse(child.isAlive());
    } finally {
      child.destroyForcibly();
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (Exception e) {
      return "(" + p + " unreadable: " + e + ")";
    }
  }
}
