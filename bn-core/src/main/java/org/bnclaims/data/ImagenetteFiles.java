package org.bnclaims.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The JPEG files of an extracted Imagenette folder in label order (class folders in wnid order,
 * files by name), each with its SHA-256 and MD5: what the reader decodes, what names its decoded
 * copy on disk, and what {@link ImagenetteOrigin} compares with the official archive. Reading the
 * 44 MB of a 4,000-image folder to digest it costs a fraction of a second; decoding costs seconds.
 *
 * @param dir the extracted folder, e.g. {@code <root>/imagenette/imagenette2-160}
 * @param train the {@code train/} files
 * @param val the {@code val/} files (the test split)
 */
record ImagenetteFiles(Path dir, List<JpegFile> train, List<JpegFile> val) {

  /**
   * One image file.
   *
   * @param name path below the dataset folder as the official archive names it, e.g. {@code
   *     imagenette2-160/train/n01440764/ILSVRC2012_val_00000293.JPEG}
   * @param path where it is
   * @param label index of its class folder in {@link ClassNames#IMAGENETTE_WNIDS}
   * @param sha256 SHA-256 of its bytes, lower-case hex
   * @param md5 MD5 of its bytes, lower-case hex (the official manifest's digest)
   */
  record JpegFile(String name, Path path, int label, String sha256, String md5) {}

  ImagenetteFiles {
    train = List.copyOf(train);
    val = List.copyOf(val);
  }

  /** Lists and digests {@code dir/train} and {@code dir/val}. */
  static ImagenetteFiles scan(Path dir) {
    return new ImagenetteFiles(dir, split(dir, "train"), split(dir, "val"));
  }

  /** Both splits, train first. */
  List<JpegFile> all() {
    List<JpegFile> all = new ArrayList<>(train);
    all.addAll(val);
    return all;
  }

  /**
   * SHA-256 of what {@code sha256sum} prints for every file sorted by name (lines {@code <sha256>
   * <name>}, two spaces), the way a data folder's README pins its content.
   */
  String fingerprint() {
    StringBuilder listing = new StringBuilder();
    all().stream()
        .sorted(Comparator.comparing(JpegFile::name))
        .forEach(f -> listing.append(f.sha256()).append("  ").append(f.name()).append('\n'));
    return hex(digest("SHA-256").digest(listing.toString().getBytes(StandardCharsets.UTF_8)));
  }

  private static List<JpegFile> split(Path dir, String split) {
    Path splitDir = dir.resolve(split);
    List<String> wnids = ClassNames.IMAGENETTE_WNIDS;
    try (Stream<Path> s = Files.list(splitDir)) {
      for (Path d : s.filter(Files::isDirectory).toList()) {
        if (!wnids.contains(d.getFileName().toString())) {
          throw new BadDataException(d, "unexpected class folder; Imagenette has exactly " + wnids);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + splitDir + ": " + e, e);
    }
    MessageDigest sha = digest("SHA-256");
    MessageDigest md5 = digest("MD5");
    List<JpegFile> out = new ArrayList<>();
    for (int k = 0; k < wnids.size(); k++) {
      Path classDir = splitDir.resolve(wnids.get(k));
      if (!Files.isDirectory(classDir)) {
        throw new BadDataException(
            splitDir, "missing class folder " + wnids.get(k) + "; expected all of " + wnids);
      }
      List<Path> jpegs;
      try (Stream<Path> s = Files.list(classDir)) {
        jpegs = s.filter(ImagenetteFiles::isJpeg).sorted().toList();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list " + classDir + ": " + e, e);
      }
      for (Path p : jpegs) {
        byte[] bytes;
        try {
          bytes = Files.readAllBytes(p);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read " + p + ": " + e, e);
        }
        String name = dir.getFileName() + "/" + split + "/" + wnids.get(k) + "/" + p.getFileName();
        out.add(new JpegFile(name, p, k, hex(sha.digest(bytes)), hex(md5.digest(bytes))));
      }
    }
    return out;
  }

  private static boolean isJpeg(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return Files.isRegularFile(p) && (n.endsWith(".jpeg") || n.endsWith(".jpg"));
  }

  static MessageDigest digest(String algorithm) {
    try {
      return MessageDigest.getInstance(algorithm);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("JDK without " + algorithm, e);
    }
  }

  static String hex(byte[] b) {
    return HexFormat.of().formatHex(b);
  }
}
