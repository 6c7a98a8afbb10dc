package org.bnclaims.run;

import java.nio.file.Files;
import java.nio.file.Path;
import org.bnclaims.spec.RunSpec;

/**
 * The second JVM of {@link TwoProcessCacheTest}: computes {@code FakeRuns.spec(0)} seed 7 through
 * the cache at {@code args[0]}, with a run function that announces itself in {@code args[2]}, then
 * sleeps, then counts itself in {@code args[1]}; writes {@code hit=<bool>} and the result JSON to
 * {@code args[3]}.
 */
public final class CacheClientMain {

  static final long SEED = 7;
  static final long HOLD_MILLIS = 1000;

  private CacheClientMain() {}

  public static void main(String[] args) throws Exception {
    RunCache cache = new RunCache(Path.of(args[0]));
    Path counter = Path.of(args[1]);
    Path started = Path.of(args[2]);
    RunSpec spec = FakeRuns.spec(0);
    RunFunction counting = FakeRuns.counting(counter, HOLD_MILLIS);
    RunOutcome o =
        cache.getOrRun(
            spec,
            SEED,
            (s, seed, dir) -> {
              Files.writeString(started, "inside the run function, holding the lock");
              return counting.run(s, seed, dir);
            });
    Files.writeString(Path.of(args[3]), "hit=" + o.cacheHit() + "\n" + RunJson.toJson(o.result()));
  }
}
