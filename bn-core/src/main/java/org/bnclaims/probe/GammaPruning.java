package org.bnclaims.probe;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleSupplier;
import org.bnclaims.model.Network;
import org.bnclaims.norm.NormLayer;

/**
 * Frankle et al.'s observation (via document 003 section 2) made testable: many trained gammas are
 * near zero, and zeroing them "turns off" features without hurting accuracy. Runs last, because it
 * changes the trained network.
 */
public final class GammaPruning {

  private GammaPruning() {}

  /**
   * Zeroes the {@code fraction} of all gammas (pooled over every normalization layer) with the
   * smallest absolute value and returns {@code runningAccuracy}, the caller's test accuracy of
   * {@code net} with running statistics, measured after the pruning.
   *
   * @throws IllegalArgumentException if the network has no trainable gamma to prune
   */
  public static double accuracyAfterPruning(
      Network net, double fraction, DoubleSupplier runningAccuracy) {
    List<Parameter> gammas = new ArrayList<>();
    for (NormLayer l : net.normLayers()) {
      l.gamma().ifPresent(gammas::add);
    }
    if (gammas.isEmpty()) {
      throw new IllegalArgumentException(
          "gamma pruning needs a normalization variant with a trainable gamma");
    }
    List<float[]> values = new ArrayList<>();
    int total = 0;
    for (Parameter p : gammas) {
      float[] v = p.getArray().toFloatArray();
      values.add(v);
      total += v.length;
    }
    float[] abs = new float[total];
    int i = 0;
    for (float[] v : values) {
      for (float x : v) {
        abs[i++] = Math.abs(x);
      }
    }
    Arrays.sort(abs);
    int k = (int) Math.floor(fraction * total);
    if (k == 0) {
      return runningAccuracy.getAsDouble();
    }
    float threshold = abs[k - 1];
    int zeroed = 0;
    for (int g = 0; g < gammas.size(); g++) {
      float[] v = values.get(g);
      for (int j = 0; j < v.length && zeroed < k; j++) {
        if (Math.abs(v[j]) <= threshold) {
          v[j] = 0f;
          zeroed++;
        }
      }
      NDArray a = gammas.get(g).getArray();
      a.set(v);
    }
    return runningAccuracy.getAsDouble();
  }
}
