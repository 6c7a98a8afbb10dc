package org.bnclaims.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import org.bnclaims.verdict.Chart;
import org.bnclaims.verdict.Picture;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * A grid of small pictures (document 001's first-layer weights and class visualizations). Each
 * picture is enlarged by an integer factor with nearest-neighbour sampling, so pixels stay crisp,
 * and JFreeSVG embeds it as a PNG data URI: no external file, no hand-written SVG.
 */
final class ImageGrid {

  private static final int TARGET = 56;
  private static final int GAP = 10;
  private static final int LABEL = 16;
  private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 10);

  private ImageGrid() {}

  static String svg(Chart c, String id, String where, int maxWidth) {
    List<Picture> pics = c.pictures() == null ? List.of() : c.pictures();
    if (pics.isEmpty()) {
      throw new IllegalArgumentException(where + ": image grid has no pictures");
    }
    int side = 1;
    for (Picture p : pics) {
      check(p, where);
      side = Math.max(side, Math.max(p.width(), p.height()));
    }
    int scale = Math.max(1, (TARGET + side / 2) / side);
    int cell = side * scale;
    int cols = Math.max(1, Math.min(pics.size(), (maxWidth + GAP) / (cell + GAP)));
    int rows = (pics.size() + cols - 1) / cols;
    int width = cols * (cell + GAP) - GAP;
    int height = rows * (cell + LABEL + GAP) - GAP;
    SVGGraphics2D g = ChartSvg.graphics(width, height, id);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setFont(FONT);
    FontMetrics fm = g.getFontMetrics();
    for (int i = 0; i < pics.size(); i++) {
      Picture p = pics.get(i);
      int x = (i % cols) * (cell + GAP);
      int y = (i / cols) * (cell + LABEL + GAP);
      g.drawImage(image(p, scale), x, y, null);
      g.setPaint(new Color(0xD0D7DE));
      g.drawRect(x, y, p.width() * scale - 1, p.height() * scale - 1);
      String label = fit(p.label() == null ? "" : p.label(), fm, cell);
      g.setPaint(ChartSvg.AXIS);
      g.drawString(label, x + (cell - fm.stringWidth(label)) / 2f, y + cell + LABEL - 4);
    }
    return g.getSVGElement(id, true, new ViewBox(0, 0, width, height), null, null);
  }

  /** The picture as an RGB image, each pixel repeated {@code scale} times in each direction. */
  static BufferedImage image(Picture p, int scale) {
    int w = p.width();
    int h = p.height();
    int plane = w * h;
    BufferedImage img = new BufferedImage(w * scale, h * scale, BufferedImage.TYPE_INT_RGB);
    for (int r = 0; r < h; r++) {
      for (int col = 0; col < w; col++) {
        int i = r * w + col;
        int red = level(p.pixels()[i]);
        int green = p.channels() == 3 ? level(p.pixels()[plane + i]) : red;
        int blue = p.channels() == 3 ? level(p.pixels()[2 * plane + i]) : red;
        int rgb = (red << 16) | (green << 8) | blue;
        for (int dy = 0; dy < scale; dy++) {
          for (int dx = 0; dx < scale; dx++) {
            img.setRGB(col * scale + dx, r * scale + dy, rgb);
          }
        }
      }
    }
    return img;
  }

  private static int level(double v) {
    return Double.isFinite(v) ? (int) Math.round(255 * Math.max(0, Math.min(1, v))) : 0;
  }

  private static String fit(String s, FontMetrics fm, int width) {
    if (fm.stringWidth(s) <= width) {
      return s;
    }
    String t = s;
    while (!t.isEmpty() && fm.stringWidth(t + "\u2026") > width) {
      t = t.substring(0, t.length() - 1);
    }
    return t + "\u2026";
  }

  private static void check(Picture p, String where) {
    String name = where + ", picture '" + p.label() + "'";
    if (p.width() <= 0 || p.height() <= 0 || (p.channels() != 1 && p.channels() != 3)) {
      throw new IllegalArgumentException(
          name
              + ": needs width, height > 0 and 1 or 3 channels, got "
              + p.width()
              + "x"
              + p.height()
              + "x"
              + p.channels());
    }
    long expected = (long) p.width() * p.height() * p.channels();
    if (p.pixels() == null || p.pixels().length != expected) {
      throw new IllegalArgumentException(
          name
              + ": expected "
              + expected
              + " pixel values, got "
              + (p.pixels() == null ? 0 : p.pixels().length));
    }
  }
}
