package org.bnclaims.data;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * Extracts a {@code .tar.gz} into a fresh temporary folder beside the destination and moves the
 * wanted folder into place atomically, so a failed or malicious archive leaves nothing behind.
 * Entries that would land outside the folder ({@code ../x}, absolute paths) and links are refused
 * before anything is written for them.
 */
final class SafeExtractor {
  private SafeExtractor() {}

  /**
   * Extracts {@code archive} and moves its top-level folder {@code inner} to {@code target} (which
   * must not exist yet; if another process created it meanwhile, theirs is kept).
   */
  static void extract(Path archive, String inner, Path target) {
    Path parent = target.toAbsolutePath().getParent();
    Path tmp = null;
    try {
      Files.createDirectories(parent);
      tmp = Files.createTempDirectory(parent, ".extract-");
      unpack(archive, tmp);
      Path got = tmp.resolve(inner);
      if (!Files.isDirectory(got)) {
        throw new BadDataException(archive, "archive has no top-level folder '" + inner + "'");
      }
      try {
        Files.move(got, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (FileAlreadyExistsException e) {
        // another process extracted the same archive first; its copy is complete
      } catch (AtomicMoveNotSupportedException e) {
        throw new UncheckedIOException("cannot move extracted " + got + " to " + target, e);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot extract " + archive + " into " + parent + ": " + e, e);
    } finally {
      if (tmp != null) {
        deleteRecursively(tmp);
      }
    }
  }

  private static void unpack(Path archive, Path dir) throws IOException {
    Path root = dir.toAbsolutePath().normalize();
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(archive), 1 << 16);
        TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(raw))) {
      TarArchiveEntry e;
      while ((e = tar.getNextEntry()) != null) {
        String name = e.getName();
        Path out = root.resolve(name).normalize();
        if (!out.startsWith(root) || Path.of(name).isAbsolute()) {
          throw new BadDataException(
              archive, "archive entry '" + name + "' escapes its target directory; refused");
        }
        if (e.isSymbolicLink() || e.isLink()) {
          throw new BadDataException(archive, "archive entry '" + name + "' is a link; refused");
        }
        if (e.isDirectory()) {
          Files.createDirectories(out);
        } else if (e.isFile()) {
          Files.createDirectories(out.getParent());
          Files.copy(tar, out);
        }
      }
    } catch (EOFException e) {
      throw new BadDataException(archive, "truncated archive (unexpected end of file)", e);
    } catch (IOException e) {
      if (e instanceof java.nio.file.FileSystemException) {
        throw e;
      }
      throw new BadDataException(archive, "corrupt archive: " + e.getMessage(), e);
    }
  }

  static void deleteRecursively(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + dir + ": " + e, e);
    }
  }
}
