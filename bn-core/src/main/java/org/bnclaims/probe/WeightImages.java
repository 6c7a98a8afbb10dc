package org.bnclaims.probe;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.List;
import org.bnclaims.verdict.Picture;

/**
 * The first layer's weights as pictures, one per unit (document 001 shows the first 16 units of an
 * MLP's first layer as 28x28 images; a convolution's filters are shown as small RGB patches).
 */
public final class WeightImages {

  /** Units shown, as in document 000/001's figures. */
  public static final int UNITS = 16;

  private WeightImages() {}

  /**
   * Pictures of the first {@link #UNITS} units of {@code weight}: a dense weight {@code (units,
   * C*H*W)} is reshaped to the input image, a conv weight {@code (out, C, k, k)} is shown as is.
   * Each picture is scaled to [0, 1] by its own range.
   */
  public static List<Picture> of(NDArray weight, int channels, int height, int width) {
    Shape s = weight.getShape();
    float[] w = weight.toFloatArray();
    int units = (int) Math.min(UNITS, s.get(0));
    int c;
    int h;
    int wd;
    if (s.dimension() == 2) {
      c = channels;
      h = height;
      wd = width;
      if (s.get(1) != (long) c * h * wd) {
        throw new IllegalArgumentException(
            "dense first layer takes " + s.get(1) + " inputs, not the image's " + c * h * wd);
      }
    } else {
      c = (int) s.get(1);
      h = (int) s.get(2);
      wd = (int) s.get(3);
    }
    int size = c * h * wd;
    List<Picture> out = new ArrayList<>(units);
    for (int u = 0; u < units; u++) {
      double[] px = new double[size];
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < size; i++) {
        px[i] = w[u * size + i];
        min = Math.min(min, px[i]);
        max = Math.max(max, px[i]);
      }
      double range = max > min ? max - min : 1;
      for (int i = 0; i < size; i++) {
        px[i] = (px[i] - min) / range;
      }
      out.add(new Picture("unit " + u, wd, h, c, px));
    }
    return out;
  }
}
