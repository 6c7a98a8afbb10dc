package org.bnclaims.data;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
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
  /**
   * Names the decoding below for {@link DecodeCache}'s keys; change it whenever the pixels it
   * produces change, so no decoded copy made by older code is read.
   */
  static final String METHOD = "imageio, shorter side bilinear to side, center crop, planar RGB";

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
    // a fresh TYPE_INT_RGB image is one int 0xRRGGBB per pixel, row-major without padding: the
    // same values getRGB returns (less its alpha byte), read without a call per pixel
    int[] rgb = ((DataBufferInt) out.getRaster().getDataBuffer()).getData();
    int plane = side * side;
    for (int p = 0; p < plane; p++) {
      int v = rgb[p];
      dst[offset + p] = (byte) (v >> 16);
      dst[offset + p + plane] = (byte) (v >> 8);
      dst[offset + p + 2 * plane] = (byte) v;
    }
  }
}
