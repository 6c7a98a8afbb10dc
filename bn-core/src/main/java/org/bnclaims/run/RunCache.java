package org.bnclaims.run;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.bnclaims.spec.CanonicalJson;
import org.bnclaims.spec.RunSpec;
import org.bnclaims.spec.SpecHash;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Content-addressed store of run results, safe for several threads and several JVMs at once.
 *
 * <p>Layout: {@code <root>/<specHash>/seed-<seed>/} holds {@code spec.json} (the canonical JSON),
 * {@code result.json} (the result with its provenance) and {@code COMPLETE}, written last by an
 * atomic rename and holding the SHA-256 of {@code result.json}. A directory without the marker is
 * never read: it is the remains of an interrupted run and is deleted and redone. A marker whose
 * checksum or JSON does not match is reported, treated as a miss, and redone.
 *
 * <p>Computing a run holds {@code <root>/<specHash>/seed-<seed>.lock}: a file lock across processes
 * plus a lock per key within this JVM (file locks belong to the process). A second caller for the
 * same key waits, then reads the first caller's result instead of training again.
 */
public final class RunCache {

  /** System property naming the cache root. */
  public static final String ROOT_PROPERTY = "bn.cacheDir";

  /** Environment variable naming the cache root, used when the property is absent. */
  public static final String ROOT_ENV = "BN_CACHE_DIR";

  static final String MARKER = "COMPLETE";
  static final String RESULT = "result.json";
  static final String SPEC = "spec.json";
  private static final String MARKER_PREFIX = "sha256 ";

  private static final Logger LOG = LoggerFactory.getLogger(RunCache.class);

  private final Path root;

  /** A cache at {@code root}. */
  public RunCache(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  /** A cache at {@link #defaultRoot()}. */
  public RunCache() {
    this(defaultRoot());
  }

  /**
   * {@code -Dbn.cacheDir}, else {@code $BN_CACHE_DIR}, else {@code ~/.bn-claims/runs}: the same
   * cache for every build of every project on the machine, since names are content hashes.
   */
  public static Path defaultRoot() {
    String dir = System.getProperty(ROOT_PROPERTY);
    if (dir == null || dir.isBlank()) {
      dir = System.getenv(ROOT_ENV);
    }
    if (dir == null || dir.isBlank()) {
      return Path.of(System.getProperty("user.home"), ".bn-claims", "runs");
    }
    return Path.of(dir);
  }

  public Path root() {
    return root;
  }

  /** The directory of replicate {@code (spec, seed)}, whether or not it exists. */
  public Path runDir(RunSpec spec, long seed) {
    return runDir(SpecHash.of(spec), seed);
  }

  Path runDir(String specHash, long seed) {
    return root.resolve(specHash).resolve("seed-" + seed);
  }

  /** The completed result of {@code (spec, seed)}, if there is a valid one. */
  public Optional<RunResult> lookup(RunSpec spec, long seed) {
    String hash = SpecHash.of(spec);
    return readComplete(runDir(hash, seed), hash, seed, true);
  }

  /**
   * The cached result of {@code (spec, seed)}, or computes it with {@code fn}, stores it, and
   * returns it. Concurrent callers for one key, in this JVM or another, compute it once.
   *
   * @throws RunFailedException when {@code fn} fails or returns an unusable result, or the cache
   *     cannot be written; the run directory is then left without its marker
   */
  public RunOutcome getOrRun(RunSpec spec, long seed, RunFunction fn) throws RunFailedException {
    return getOrRunSeeds(spec, List.of(seed), fn).get(0);
  }

  /**
   * The results of {@code seeds} of one spec, in their order: cached ones are read, the others
   * computed together by one call of {@link RunFunction#runSeeds} (or {@link RunFunction#run} for a
   * single seed, with its run directory) and stored one directory per seed, exactly as if each had
   * run alone. The lock of every missing seed is held while they compute, taken in ascending seed
   * order so that two processes batching overlapping seeds cannot deadlock.
   *
   * @throws RunFailedException when {@code fn} fails or returns an unusable result, or the cache
   *     cannot be written; no seed of the failed computation gets a marker
   */
  public List<RunOutcome> getOrRunSeeds(RunSpec spec, List<Long> seeds, RunFunction fn)
      throws RunFailedException {
    String hash = SpecHash.of(spec);
    Map<Long, RunOutcome> found = new HashMap<>();
    for (long seed : seeds) {
      readComplete(runDir(hash, seed), hash, seed, false)
          .ifPresent(r -> found.put(seed, new RunOutcome(r, true)));
    }
    List<Long> missing =
        seeds.stream().distinct().filter(s -> !found.containsKey(s)).sorted().toList();
    if (!missing.isEmpty()) {
      List<SeedLock> held = new ArrayList<>(missing.size());
      try {
        for (long seed : missing) {
          held.add(SeedLock.acquire(runDir(hash, seed), hash, seed));
        }
        List<Long> compute = new ArrayList<>();
        for (long seed : missing) {
          Path dir = runDir(hash, seed);
          Optional<RunResult> hit = readComplete(dir, hash, seed, true);
          if (hit.isPresent()) {
            found.put(seed, new RunOutcome(hit.get(), true));
          } else {
            if (Files.exists(dir)) {
              LOG.info(
                  "{}: no valid {} marker (an interrupted run); deleting it and redoing",
                  dir,
                  MARKER);
              deleteTree(dir);
            }
            compute.add(seed);
          }
        }
        if (!compute.isEmpty()) {
          List<RunResult> results = compute(spec, hash, compute, fn);
          for (int i = 0; i < compute.size(); i++) {
            found.put(compute.get(i), new RunOutcome(results.get(i), false));
          }
        }
      } catch (IOException e) {
        throw new RunFailedException(hash, missing.get(0), "run cache I/O failed under " + root, e);
      } finally {
        for (int i = held.size() - 1; i >= 0; i--) {
          held.get(i).close();
        }
      }
    }
    List<RunOutcome> out = new ArrayList<>(seeds.size());
    for (long seed : seeds) {
      out.add(found.get(seed));
    }
    return out;
  }

  private List<RunResult> compute(RunSpec spec, String hash, List<Long> seeds, RunFunction fn)
      throws IOException, RunFailedException {
    byte[] specJson = CanonicalJson.of(spec).getBytes(StandardCharsets.UTF_8);
    for (long seed : seeds) {
      Path dir = runDir(hash, seed);
      Files.createDirectories(dir);
      writeAtomically(dir.resolve(SPEC), specJson);
    }
    long first = seeds.get(0);
    List<RunResult> results;
    try {
      results =
          seeds.size() == 1
              ? Collections.singletonList(fn.run(spec, first, runDir(hash, first)))
              : fn.runSeeds(spec, seeds);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RunFailedException(hash, first, "interrupted" + also(seeds), e);
    } catch (Exception e) {
      throw new RunFailedException(
          hash, first, "the run function failed" + also(seeds) + ": " + e, e);
    }
    if (results == null || results.size() != seeds.size()) {
      throw new RunFailedException(
          hash,
          first,
          "the run function returned "
              + (results == null ? "null" : results.size() + " results")
              + " for "
              + seeds.size()
              + " seeds",
          null);
    }
    for (int i = 0; i < seeds.size(); i++) {
      RunResult result = results.get(i);
      long seed = seeds.get(i);
      if (result == null) {
        throw new RunFailedException(hash, seed, "the run function returned null", null);
      }
      if (!hash.equals(result.specHash()) || result.seed() != seed) {
        throw new RunFailedException(
            hash,
            seed,
            "the run function returned the result of spec "
                + result.specHash()
                + " seed "
                + result.seed(),
            null);
      }
    }
    for (int i = 0; i < seeds.size(); i++) {
      Path dir = runDir(hash, seeds.get(i));
      byte[] json = RunJson.bytes(results.get(i));
      writeAtomically(dir.resolve(RESULT), json);
      writeAtomically(
          dir.resolve(MARKER),
          (MARKER_PREFIX + sha256(json) + "\n").getBytes(StandardCharsets.UTF_8));
    }
    return results;
  }

  private static String also(List<Long> seeds) {
    return seeds.size() == 1 ? "" : " (trained together with seeds " + seeds + ")";
  }

  /** Reads a completed directory; {@code loud} reports a marker whose result is unusable. */
  private static Optional<RunResult> readComplete(Path dir, String hash, long seed, boolean loud) {
    Path marker = dir.resolve(MARKER);
    if (!Files.isRegularFile(marker)) {
      return Optional.empty();
    }
    String problem;
    try {
      String m = Files.readString(marker, StandardCharsets.UTF_8).trim();
      byte[] json = Files.readAllBytes(dir.resolve(RESULT));
      if (!m.equals(MARKER_PREFIX + sha256(json))) {
        problem = RESULT + " does not match the checksum in " + MARKER;
      } else {
        RunResult r = RunJson.fromJson(new String(json, StandardCharsets.UTF_8), RESULT);
        if (hash.equals(r.specHash()) && r.seed() == seed) {
          return Optional.of(r);
        }
        problem = RESULT + " belongs to spec " + r.specHash() + " seed " + r.seed();
      }
    } catch (IOException | RuntimeException e) {
      problem = "it cannot be read: " + e.getMessage();
    }
    if (loud) {
      LOG.warn(
          "{} has a {} marker but {}; treating it as a miss, it will be redone",
          dir,
          MARKER,
          problem);
    }
    return Optional.empty();
  }

  /** Writes {@code bytes} to a temporary sibling, forces it to disk, then renames it atomically. */
  private static void writeAtomically(Path target, byte[] bytes) throws IOException {
    Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
    try {
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        while (buf.hasRemaining()) {
          ch.write(buf);
        }
        ch.force(true);
      }
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK provides SHA-256", e);
    }
  }
}
