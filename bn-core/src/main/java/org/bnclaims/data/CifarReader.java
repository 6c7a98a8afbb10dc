package org.bnclaims.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Reads the CIFAR binary versions: records of label byte(s) then 3072 pixel bytes (1024 red, 1024
 * green, 1024 blue, row-major), which is already the channel-major layout of {@link ImageSet}.
 */
final class CifarReader {
  static final int PIXELS = 3 * 32 * 32;

  private CifarReader() {}

  /**
   * Says which training batches a folder held, e.g. {@code found in 1 of 5 batches
   * (data_batch_1.bin)}: a CIFAR-10 folder may hold only some of the five.
   */
  static String batchesFound(List<Path> found, int of) {
    return String.format(
        Locale.ROOT,
        "found in %d of %d batches (%s)",
        found.size(),
        of,
        found.stream().map(p -> p.getFileName().toString()).collect(Collectors.joining(", ")));
  }

  /**
   * Reads and concatenates {@code files}; {@code labelBytes} is 1 for CIFAR-10 (label) and 2 for
   * CIFAR-100 (coarse, fine: the fine label is used).
   */
  static ImageSet read(List<Path> files, int labelBytes, int classes) {
    int record = labelBytes + PIXELS;
    byte[][] contents = new byte[files.size()][];
    long total = 0;
    for (int f = 0; f < files.size(); f++) {
      Path file = files.get(f);
      try {
        contents[f] = Files.readAllBytes(file);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file + ": " + e, e);
      }
      int len = contents[f].length;
      if (len == 0 || len % record != 0) {
        throw new BadDataException(
            file,
            "truncated or corrupt: "
                + len
                + " bytes is not a positive multiple of the "
                + record
                + "-byte record");
      }
      total += len / record;
    }
    byte[] pixels = new byte[Math.toIntExact(total * PIXELS)];
    byte[] labels = new byte[(int) total];
    int n = 0;
    for (int f = 0; f < files.size(); f++) {
      byte[] b = contents[f];
      for (int r = 0; r * record < b.length; r++, n++) {
        int o = r * record;
        if (labelBytes == 2 && (b[o] & 0xff) >= 20) {
          throw new BadDataException(
              files.get(f),
              "coarse label " + (b[o] & 0xff) + " of record " + r + " is out of range 0..19");
        }
        int label = b[o + labelBytes - 1] & 0xff;
        if (label >= classes) {
          throw new BadDataException(
              files.get(f),
              "label " + label + " of record " + r + " is out of range 0.." + (classes - 1));
        }
        labels[n] = (byte) label;
        System.arraycopy(b, o + labelBytes, pixels, n * PIXELS, PIXELS);
      }
      contents[f] = null;
    }
    return new ImageSet(pixels, labels, 3, 32, 32, classes);
  }
}
