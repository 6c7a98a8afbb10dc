package org.bnclaims.report;

import java.awt.Color;
import java.awt.Paint;
import java.io.Serializable;
import org.jfree.chart.renderer.PaintScale;

/**
 * Blue below the centre, white at it, red above, symmetric around the centre: the thesis' centred
 * scales (document 002, section 3.3.2: zero for beta, one for gamma) show both the size and the
 * direction of a shift at a glance. Missing values are light grey.
 */
final class DivergingScale implements PaintScale, Serializable {

  private static final long serialVersionUID = 1L;
  private static final Color LOW = new Color(0x2166AC);
  private static final Color HIGH = new Color(0xB2182B);
  private static final Color MISSING = new Color(0xD0D7DE);

  private final double center;
  private final double halfWidth;

  DivergingScale(double center, double halfWidth) {
    if (!(halfWidth > 0) || !Double.isFinite(halfWidth) || !Double.isFinite(center)) {
      throw new IllegalArgumentException(
          "scale needs a finite centre and a positive half width, got "
              + center
              + ", "
              + halfWidth);
    }
    this.center = center;
    this.halfWidth = halfWidth;
  }

  @Override
  public double getLowerBound() {
    return center - halfWidth;
  }

  @Override
  public double getUpperBound() {
    return center + halfWidth;
  }

  @Override
  public Paint getPaint(double value) {
    if (!Double.isFinite(value)) {
      return MISSING;
    }
    double t = Math.max(-1, Math.min(1, (value - center) / halfWidth));
    return t < 0 ? mix(LOW, -t) : mix(HIGH, t);
  }

  /** White blended toward {@code c} by {@code t} in [0, 1]. */
  static Color mix(Color c, double t) {
    return new Color(
        (int) Math.round(255 + (c.getRed() - 255) * t),
        (int) Math.round(255 + (c.getGreen() - 255) * t),
        (int) Math.round(255 + (c.getBlue() - 255) * t));
  }
}
