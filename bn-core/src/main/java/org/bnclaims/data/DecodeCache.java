package org.bnclaims.data;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decoded JPEG splits kept on disk, so every JVM after the first skips decoding Imagenette (4,000
 * JPEGs take seconds; reading their decoded pixels back takes a fraction of one).
 *
 * <p>A copy is named by content: SHA-256 over a format version, {@link ImagenetteReader#METHOD},
 * the JDK (whose decoder and scaler made the pixels), the side, and each file's name, label and
 * SHA-256, so a changed file, decoder or size names a different copy and a stale one is never read.
 * It is written to a temporary file and renamed into place atomically, so no reader sees a partial
 * copy; a copy whose header, labels or length disagree with the files is ignored and rewritten. The
 * cache is an optimization: when it cannot be written, the decoded split is used all the same.
 * Copies live in {@code <cache>/imagenette/decoded/}, 77 KB per image at 160 px; delete the folder
 * to reclaim the space.
 */
final class DecodeCache {
  private static final Logger LOG = LoggerFactory.getLogger(DecodeCache.class);
  private static final int MAGIC = 0x424e4431; // "BND1"

  private DecodeCache() {}

  /**
   * The decoded split of {@code files} at {@code side}: the copy under {@code dir} when there is a
   * valid one, else decoded now and stored there; {@code dir} null decodes without a cache.
   */
  static ImageSet getOrDecode(Path dir, List<ImagenetteFiles.JpegFile> files, int side) {
    if (dir == null) {
      return ImagenetteReader.read(files, side);
    }
    byte[] labels = new byte[files.size()];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = (byte) files.get(i).label();
    }
    Path file = dir.resolve(key(files, side) + ".rgb");
    ImageSet cached = read(file, labels, side);
    if (cached != null) {
      return cached;
    }
    ImageSet decoded = ImagenetteReader.read(files, side);
    write(file, decoded);
    return decoded;
  }

  static String key(List<ImagenetteFiles.JpegFile> files, int side) {
    MessageDigest sha = ImagenetteFiles.digest("SHA-256");
    StringBuilder head = new StringBuilder("bn-claims decoded JPEG split v1\n");
    head.append(ImagenetteReader.METHOD).append('\n');
    head.append(System.getProperty("java.version")).append(' ');
    head.append(System.getProperty("java.vendor")).append('\n');
    head.append("side ").append(side).append('\n');
    sha.update(head.toString().getBytes(StandardCharsets.UTF_8));
    for (ImagenetteFiles.JpegFile f : files) {
      String line = f.label() + " " + f.sha256() + " " + f.name() + "\n";
      sha.update(line.getBytes(StandardCharsets.UTF_8));
    }
    return ImagenetteFiles.hex(sha.digest());
  }

  /** The copy at {@code file}, or null when there is none or it does not fit. */
  private static ImageSet read(Path file, byte[] labels, int side) {
    int n = labels.length;
    long chw = 3L * side * side;
    long expected = 4 * 5 + n + n * chw;
    try (InputStream in = Files.newInputStream(file)) {
      long size = Files.size(file);
      DataInputStream d = new DataInputStream(in);
      int magic = d.readInt();
      int count = d.readInt();
      int c = d.readInt();
      int h = d.readInt();
      int w = d.readInt();
      if (size != expected || magic != MAGIC || count != n || c != 3 || h != side || w != side) {
        LOG.warn("ignoring {}: not a decoded copy of {} images at {} px", file, n, side);
        return null;
      }
      byte[] l = new byte[n];
      d.readFully(l);
      if (!Arrays.equals(l, labels)) {
        LOG.warn("ignoring {}: its labels differ from the class folders", file);
        return null;
      }
      byte[] pixels = new byte[Math.toIntExact(n * chw)];
      d.readFully(pixels);
      LOG.debug("read {} decoded images from {}", n, file);
      return new ImageSet(pixels, l, 3, side, side, ClassNames.IMAGENETTE_WNIDS.size());
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException e) {
      LOG.warn("ignoring {}: {}", file, e.toString());
      return null;
    }
  }

  private static void write(Path file, ImageSet set) {
    Path tmp = null;
    try {
      Files.createDirectories(file.getParent());
      tmp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".part");
      try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
        DataOutputStream d = new DataOutputStream(o);
        d.writeInt(MAGIC);
        d.writeInt(set.size());
        d.writeInt(set.channels());
        d.writeInt(set.height());
        d.writeInt(set.width());
        for (int i = 0; i < set.size(); i++) {
          d.writeByte(set.label(i));
        }
        d.write(set.rawPixels());
        d.flush();
      }
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException | UnsupportedOperationException e) {
      LOG.warn(
          "cannot store decoded images in {} ({}); decoding again next time", file, e.toString());
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException e) {
          LOG.warn("cannot delete {}: {}", tmp, e.toString());
        }
      }
    }
  }
}
