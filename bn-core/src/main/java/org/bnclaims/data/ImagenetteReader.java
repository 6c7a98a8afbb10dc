package org.bnclaims.data;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Decodes Imagenette JPEGs with {@code javax.imageio}: each image is scaled so its shorter side is
 * {@code side}, center-cropped to {@code side x side} and stored as planar RGB, the usual "resize,
 * center crop" of ImageNet evaluation.
 */
final class ImagenetteReader {
  private ImagenetteReader() {}

  /** Decodes {@code files} (labels from their folders) at {@code side x side}. */
  static ImageSet read(List<ImagenetteFiles.JpegFile> files, int side) {
    int n = files.size();
    int chw = 3 * side * side;
    byte[] pixels = new byte[Math.toIntExact((long) n * chw)];
    byte[] labels = new byte[n];
    for (int i = 0; i < n; i++) {
      decodeInto(files.get(i).path(), side, pixels, i * chw);
      labels[i] = (byte) files.get(i).label();
    }
    return new ImageSet(pixels, labels, 3, side, side, ClassNames.IMAGENETTE_WNIDS.size());
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
