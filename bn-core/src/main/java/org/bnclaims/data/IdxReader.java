package org.bnclaims.data;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads IDX files (Yann LeCun's MNIST format, also Fashion-MNIST), raw or gzip-compressed, and
 * checks every header field against the file's length so corruption is reported, not trained on.
 */
final class IdxReader {
  static final int IMAGES_MAGIC = 0x00000803;
  static final int LABELS_MAGIC = 0x00000801;

  private IdxReader() {}

  /** Reads an images/labels file pair into a set of {@code 1 x side x side} images. */
  static ImageSet read(Path images, Path labels, int side, int classes) {
    byte[] img = readAll(images);
    byte[] lab = readAll(labels);
    int n = header(images, img, IMAGES_MAGIC, 16, "images, 3 dimensions");
    int rows = readInt(img, 8);
    int cols = readInt(img, 12);
    if (rows != side || cols != side) {
      throw new BadDataException(
          images, "images are " + rows + "x" + cols + ", expected " + side + "x" + side);
    }
    checkLength(images, img.length, 16 + (long) n * rows * cols, n, "images");
    int m = header(labels, lab, LABELS_MAGIC, 8, "labels, 1 dimension");
    checkLength(labels, lab.length, 8 + (long) m, m, "labels");
    if (n != m) {
      throw new BadDataException(
          images, "holds " + n + " images but " + labels + " holds " + m + " labels");
    }
    for (int i = 0; i < m; i++) {
      int l = lab[8 + i] & 0xff;
      if (l >= classes) {
        throw new BadDataException(
            labels, "label " + l + " at index " + i + " is out of range 0.." + (classes - 1));
      }
    }
    return new ImageSet(
        Arrays.copyOfRange(img, 16, img.length),
        Arrays.copyOfRange(lab, 8, lab.length),
        1,
        side,
        side,
        classes);
  }

  /** The file's bytes, gunzipped when the name ends in {@code .gz}. */
  static byte[] readAll(Path file) {
    try {
      if (!file.getFileName().toString().endsWith(".gz")) {
        return Files.readAllBytes(file);
      }
      try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
        return in.readAllBytes();
      }
    } catch (EOFException e) {
      throw new BadDataException(file, "truncated gzip stream (unexpected end of file)", e);
    } catch (ZipException e) {
      throw new BadDataException(file, "not a valid gzip file: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e, e);
    }
  }

  private static int header(Path file, byte[] b, int magic, int headerBytes, String what) {
    if (b.length < headerBytes) {
      throw new BadDataException(
          file,
          "truncated header: "
              + b.length
              + " bytes, an IDX "
              + what
              + " header has "
              + headerBytes);
    }
    int m = readInt(b, 0);
    if (m != magic) {
      throw new BadDataException(
          file,
          String.format(
              "wrong magic number 0x%08x, expected 0x%08x (IDX unsigned-byte %s)", m, magic, what));
    }
    int n = readInt(b, 4);
    if (n < 0) {
      throw new BadDataException(file, "negative item count " + n);
    }
    return n;
  }

  private static void checkLength(Path file, long actual, long expected, int n, String what) {
    if (actual < expected) {
      throw new BadDataException(
          file,
          "truncated: header declares "
              + n
              + " "
              + what
              + " ("
              + expected
              + " bytes) but the file holds "
              + actual
              + " bytes");
    }
    if (actual > expected) {
      throw new BadDataException(
          file,
          "count mismatch: header declares "
              + n
              + " "
              + what
              + " ("
              + expected
              + " bytes) but the file holds "
              + actual
              + " bytes");
    }
  }

  private static int readInt(byte[] b, int o) {
    return ((b[o] & 0xff) << 24)
        | ((b[o + 1] & 0xff) << 16)
        | ((b[o + 2] & 0xff) << 8)
        | (b[o + 3] & 0xff);
  }
}
