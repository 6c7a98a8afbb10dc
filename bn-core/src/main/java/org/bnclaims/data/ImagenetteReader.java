package org.bnclaims.data;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * Reads an Imagenette split ({@code <split>/<wnid>/*.JPEG}) with {@code javax.imageio}: each image
 * is scaled so its shorter side is {@code side}, center-cropped to {@code side x side} and stored
 * as RGB, the usual "resize, center crop" of ImageNet evaluation.
 */
final class ImagenetteReader {
  private ImagenetteReader() {}

  static ImageSet read(Path splitDir, int side) {
    List<String> wnids = ClassNames.IMAGENETTE_WNIDS;
    List<Path> files = new ArrayList<>();
    List<Integer> labels = new ArrayList<>();
    try (Stream<Path> s = Files.list(splitDir)) {
      for (Path d : s.filter(Files::isDirectory).collect(Collectors.toList())) {
        if (!wnids.contains(d.getFileName().toString())) {
          throw new BadDataException(d, "unexpected class folder; Imagenette has exactly " + wnids);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + splitDir + ": " + e, e);
    }
    for (int k = 0; k < wnids.size(); k++) {
      Path dir = splitDir.resolve(wnids.get(k));
      if (!Files.isDirectory(dir)) {
        throw new BadDataException(
            splitDir, "missing class folder " + wnids.get(k) + "; expected all of " + wnids);
      }
      try (Stream<Path> s = Files.list(dir)) {
        List<Path> jpegs = s.filter(ImagenetteReader::isJpeg).sorted().collect(Collectors.toList());
        for (Path p : jpegs) {
          files.add(p);
          labels.add(k);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list " + dir + ": " + e, e);
      }
    }
    int n = files.size();
    int chw = 3 * side * side;
    byte[] pixels = new byte[Math.toIntExact((long) n * chw)];
    byte[] lab = new byte[n];
    for (int i = 0; i < n; i++) {
      decodeInto(files.get(i), side, pixels, i * chw);
      lab[i] = (byte) (int) labels.get(i);
    }
    return new ImageSet(pixels, lab, 3, side, side, wnids.size());
  }

  private static boolean isJpeg(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return Files.isRegularFile(p) && (n.endsWith(".jpeg") || n.endsWith(".jpg"));
  }

  /** Decodes, resizes the shorter side to {@code side}, center-crops, writes planar RGB. */
  static void decodeInto(Path file, int side, byte[] dst, int offset) {
    BufferedImage src;
    try {
      src = ImageIO.read(file.toFile());
    } catch (IOException | RuntimeException e) {
      throw new BadDataException(file, "unreadable JPEG: " + e.getMessage(), e);
    }
    if (src == null) {
      throw new BadDataException(file, "unreadable JPEG: no image decoder accepts the bytes");
    }
    double scale = (double) side / Math.min(src.getWidth(), src.getHeight());
    int w = (int) Math.round(src.getWidth() * scale);
    int h = (int) Math.round(src.getHeight() * scale);
    BufferedImage out = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    try {
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.drawImage(src, (side - w) / 2, (side - h) / 2, w, h, null);
    } finally {
      g.dispose();
    }
    int plane = side * side;
    for (int y = 0; y < side; y++) {
      for (int x = 0; x < side; x++) {
        int rgb = out.getRGB(x, y);
        int p = offset + y * side + x;
        dst[p] = (byte) (rgb >> 16);
        dst[p + plane] = (byte) (rgb >> 8);
        dst[p + 2 * plane] = (byte) rgb;
      }
    }
  }
}
