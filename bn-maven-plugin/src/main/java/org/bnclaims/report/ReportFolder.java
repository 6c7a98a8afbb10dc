package org.bnclaims.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Puts a report folder in place as a whole or not at all: the files are written into a temporary
 * sibling folder, which then replaces the old folder by two renames (old folder aside, new folder
 * in), so a reader sees the old report or the new one, never a page from one run beside the JSON of
 * another. A folder that holds anything the report does not write is refused before anything is
 * written, because replacing it would delete those files.
 */
final class ReportFolder {

  private ReportFolder() {}

  /**
   * Replaces {@code dir} with a folder holding {@code files} (relative path to UTF-8 text).
   *
   * @throws IllegalArgumentException when {@code dir} holds files the report does not write
   * @throws UncheckedIOException when the folder cannot be written; the old one is then kept
   */
  static void replace(Path dir, Map<String, String> files) {
    Path target = dir.toAbsolutePath().normalize();
    Path parent = target.getParent();
    String name = target.getFileName().toString();
    refuseForeign(target, files.keySet());
    Path fresh = parent.resolve("." + name + "." + UUID.randomUUID() + ".tmp");
    Path old = parent.resolve("." + name + "." + UUID.randomUUID() + ".old");
    try {
      Files.createDirectories(parent);
      Files.createDirectory(fresh);
      for (Map.Entry<String, String> f : files.entrySet()) {
        Path file = fresh.resolve(f.getKey());
        Files.createDirectories(file.getParent());
        Files.writeString(file, f.getValue(), StandardCharsets.UTF_8);
        readableByAll(file, "rw-r--r--");
      }
      readableByAll(fresh, "rwxr-xr-x");
      boolean hadOld = Files.exists(target);
      if (hadOld) {
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
      }
      try {
        Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        if (hadOld) {
          Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
        }
        throw e;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the report folder " + target, e);
    } finally {
      deleteQuietly(fresh);
      deleteQuietly(old);
    }
  }

  /** Fails when {@code dir} holds an entry that none of {@code own} is, or is inside. */
  private static void refuseForeign(Path dir, Set<String> own) {
    if (!Files.isDirectory(dir)) {
      if (Files.exists(dir)) {
        throw new IllegalArgumentException(
            "report directory " + dir + " is a file; choose a directory for the report");
      }
      return;
    }
    List<String> foreign = new ArrayList<>();
    try (Stream<Path> all = Files.walk(dir)) {
      all.filter(p -> !p.equals(dir))
          .map(p -> dir.relativize(p).toString().replace('\\', '/'))
          .filter(rel -> !own.contains(rel) && own.stream().noneMatch(o -> o.startsWith(rel + "/")))
          .sorted()
          .forEach(foreign::add);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the report directory " + dir, e);
    }
    if (!foreign.isEmpty()) {
      throw new IllegalArgumentException(
          "report directory "
              + dir
              + " holds files the report does not write ("
              + String.join(", ", foreign.subList(0, Math.min(5, foreign.size())))
              + (foreign.size() > 5 ? ", ..." : "")
              + "); the report replaces its folder as a whole, so give it a folder of its own");
    }
  }

  /** Temporary files and folders are created owner-only; a report is for others to read. */
  private static void readableByAll(Path p, String permissions) throws IOException {
    if (Files.getFileAttributeView(p, PosixFileAttributeView.class) != null) {
      Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(permissions));
    }
  }

  private static void deleteQuietly(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException | UncheckedIOException e) {
      // A leftover hidden folder is harmless; the report itself is in place or untouched.
    }
  }
}
