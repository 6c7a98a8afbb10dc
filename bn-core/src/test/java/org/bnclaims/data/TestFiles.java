package org.bnclaims.data;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import javax.imageio.ImageIO;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

/** Writes small well-formed and malformed dataset files for the loader tests. */
final class TestFiles {
  private TestFiles() {}

  /** A config that only sees {@code explicit} (may be null) and a private cache, offline. */
  static DataConfig config(Path explicit, Path cache) {
    return new DataConfig(explicit, cache, List.of(), true);
  }

  static byte[] idxImages(int n, int rows, int cols, byte[] pixels) {
    ByteBuffer b = ByteBuffer.allocate(16 + pixels.length);
    b.putInt(IdxReader.IMAGES_MAGIC).putInt(n).putInt(rows).putInt(cols).put(pixels);
    return b.array();
  }

  static byte[] idxLabels(byte[] labels) {
    ByteBuffer b = ByteBuffer.allocate(8 + labels.length);
    b.putInt(IdxReader.LABELS_MAGIC).putInt(labels.length).put(labels);
    return b.array();
  }

  /** Pixel {@code j} of image {@code i}: {@code (7 i + j) mod 256}; label {@code i mod 10}. */
  static byte[] pattern(int n, int chw) {
    byte[] p = new byte[n * chw];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < chw; j++) {
        p[i * chw + j] = (byte) ((7 * i + j) % 256);
      }
    }
    return p;
  }

  static byte[] labels(int n, int classes) {
    byte[] l = new byte[n];
    for (int i = 0; i < n; i++) {
      l[i] = (byte) (i % classes);
    }
    return l;
  }

  static void write(Path file, byte[] bytes, boolean gz) throws IOException {
    Files.createDirectories(file.getParent());
    if (!gz) {
      Files.write(file, bytes);
      return;
    }
    try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(file))) {
      o.write(bytes);
    }
  }

  static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream bo = new ByteArrayOutputStream();
    try (OutputStream o = new GZIPOutputStream(bo)) {
      o.write(bytes);
    }
    return bo.toByteArray();
  }

  /** Writes a well-formed MNIST-shaped dataset folder with {@code nTrain}/{@code nTest} images. */
  static void writeMnist(Path dir, int nTrain, int nTest, boolean gz) throws IOException {
    String ext = gz ? ".gz" : "";
    write(
        dir.resolve("train-images-idx3-ubyte" + ext),
        idxImages(nTrain, 28, 28, pattern(nTrain, 784)),
        gz);
    write(dir.resolve("train-labels-idx1-ubyte" + ext), idxLabels(labels(nTrain, 10)), gz);
    write(
        dir.resolve("t10k-images-idx3-ubyte" + ext),
        idxImages(nTest, 28, 28, pattern(nTest, 784)),
        gz);
    write(dir.resolve("t10k-labels-idx1-ubyte" + ext), idxLabels(labels(nTest, 10)), gz);
  }

  /** CIFAR records: label byte(s) ({@code coarse = fine / 5} for CIFAR-100), then pixels. */
  static byte[] cifar(int n, int labelBytes, int classes) {
    int rec = labelBytes + 3072;
    byte[] out = new byte[n * rec];
    byte[] px = pattern(n, 3072);
    for (int i = 0; i < n; i++) {
      int label = i % classes;
      if (labelBytes == 2) {
        out[i * rec] = (byte) (label / 5);
      }
      out[i * rec + labelBytes - 1] = (byte) label;
      System.arraycopy(px, i * 3072, out, i * rec + labelBytes, 3072);
    }
    return out;
  }

  /** The six CIFAR-10 batch files, {@code perFile} records each, as archive-relative entries. */
  static Map<String, byte[]> cifar10Entries(int perFile) {
    Map<String, byte[]> m = new java.util.LinkedHashMap<>();
    for (int b = 1; b <= 5; b++) {
      m.put("cifar-10-batches-bin/data_batch_" + b + ".bin", cifar(perFile, 1, 10));
    }
    m.put("cifar-10-batches-bin/test_batch.bin", cifar(perFile, 1, 10));
    m.put("cifar-10-batches-bin/batches.meta.txt", "airplane\n".getBytes());
    return m;
  }

  static void writeEntries(Path dir, Map<String, byte[]> entries) throws IOException {
    for (Map.Entry<String, byte[]> e : entries.entrySet()) {
      write(dir.resolve(e.getKey()), e.getValue(), false);
    }
  }

  static byte[] tarGz(Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream bo = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar =
        new TarArchiveOutputStream(new GzipCompressorOutputStream(bo))) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        TarArchiveEntry te = new TarArchiveEntry(e.getKey(), true);
        te.setSize(e.getValue().length);
        tar.putArchiveEntry(te);
        tar.write(e.getValue());
        tar.closeArchiveEntry();
      }
    }
    return bo.toByteArray();
  }

  /** A solid-color JPEG of {@code w x h}. */
  static void jpeg(Path file, int w, int h, Color color) throws IOException {
    Files.createDirectories(file.getParent());
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(color);
    g.fillRect(0, 0, w, h);
    g.dispose();
    if (!ImageIO.write(img, "jpeg", file.toFile())) {
      throw new IOException("no JPEG writer");
    }
  }

  /**
   * Writes {@code <data>/imagenette/imagenette2-160/{train,val}/<wnid>/img<i>.JPEG}, {@code
   * perClass} per class and split; class k's images are solid gray level 20 k + 30, 24 wide and 16
   * high. Returns the {@code imagenette2-160} folder.
   */
  static Path imagenetteFolders(Path data, int perClass) throws IOException {
    Path root = data.resolve("imagenette/imagenette2-160");
    for (String split : new String[] {"train", "val"}) {
      for (int k = 0; k < 10; k++) {
        int g = 20 * k + 30;
        for (int i = 0; i < perClass; i++) {
          jpeg(
              root.resolve(split + "/" + ClassNames.IMAGENETTE_WNIDS.get(k) + "/img" + i + ".JPEG"),
              24,
              16,
              new Color(g, g, g));
        }
      }
    }
    return root;
  }

  static List<Path> listRecursively(Path dir) throws IOException {
    try (var s = Files.walk(dir)) {
      return s.sorted().toList();
    }
  }
}
