package org.bnclaims.spark;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * The jars a cluster's executors need to run the tasks: the driver's class path, shipped through
 * {@code spark.jars} so that workers need nothing but Spark itself.
 *
 * <p>Spark's own modules and Scala are left out (every worker has them, the same version as the
 * driver's, or it cannot talk to the cluster); so are the JDK's. Class directories (a build's
 * {@code target/classes}) are packed into jars first, because Spark ships files, not directories.
 * What remains includes DJL, PyTorch's native library for this platform and bn-core itself.
 */
final class TaskJars {

  private TaskJars() {}

  /** The jars to ship from {@code classPath} (a {@code java.class.path} value). */
  static List<Path> of(String classPath, Path scratch) {
    List<Path> out = new ArrayList<>();
    for (String entry : classPath.split(File.pathSeparator)) {
      if (entry.isBlank()) {
        continue;
      }
      Path p = Path.of(entry);
      if (Files.isDirectory(p)) {
        out.add(pack(p, scratch, out.size()));
      } else if (Files.isRegularFile(p) && p.toString().endsWith(".jar") && !isSpark(p)) {
        out.add(p.toAbsolutePath());
      }
    }
    return out;
  }

  /** Whether a jar holds Spark's or Scala's own classes (which workers already have). */
  static boolean isSpark(Path jar) {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      return zip.stream()
          .anyMatch(
              e -> e.getName().startsWith("org/apache/spark/") || e.getName().startsWith("scala/"));
    } catch (IOException e) {
      return false; // not a readable jar: ship it and let Spark report it
    }
  }

  private static Path pack(Path dir, Path scratch, int index) {
    Path jar = scratch.resolve("classes-" + index + "-" + dir.getFileName() + ".jar");
    try (Stream<Path> files = Files.walk(dir);
        OutputStream os = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(os)) {
      for (Path f : files.filter(Files::isRegularFile).sorted(Comparator.naturalOrder()).toList()) {
        String name = dir.relativize(f).toString().replace(File.separatorChar, '/');
        out.putNextEntry(new JarEntry(name));
        Files.copy(f, out);
        out.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot pack " + dir + " into " + jar + " for Spark", e);
    }
    return jar;
  }
}
