package org.bnclaims.probe;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import org.bnclaims.model.ReluLayer;

/**
 * The counter behind {@link ActivationTap}, observing one {@link ReluLayer}; counting syncs to Java
 * only when enabled, and a disabled tap leaves the layer unobserved.
 */
final class ReluTap implements ActivationTap {

  private final ReluLayer layer;
  private final String name;
  private final int units;
  private volatile boolean enabled;
  private boolean[] everActive;
  private long zeros;
  private long total;

  ReluTap(ReluLayer layer) {
    this.layer = layer;
    this.name = layer.name();
    this.units = layer.units();
    this.everActive = new boolean[units];
  }

  private void record(NDArray y) {
    Shape s = y.getShape();
    if (s.get(1) != units) {
      throw new IllegalStateException(
          "activation tap " + name + ": expected " + units + " units, got " + s);
    }
    float[] positive;
    // (N, units, positions) -> per-unit count of positive activations.
    try (NDArray mask = y.reshape(s.get(0), units, -1).gt(0f);
        NDArray asFloat = mask.toType(DataType.FLOAT32, false);
        NDArray counts = asFloat.sum(new int[] {2}).sum(new int[] {0})) {
      positive = counts.toFloatArray();
    }
    long nonZero = 0;
    synchronized (this) {
      for (int u = 0; u < units; u++) {
        nonZero += Math.round(positive[u]);
        if (positive[u] > 0) {
          everActive[u] = true;
        }
      }
      total += s.size();
      zeros += s.size() - nonZero;
    }
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public int units() {
    return units;
  }

  @Override
  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
    layer.setObserver(enabled ? this::record : null);
  }

  @Override
  public boolean isEnabled() {
    return enabled;
  }

  @Override
  public synchronized void reset() {
    everActive = new boolean[units];
    zeros = 0;
    total = 0;
  }

  @Override
  public synchronized boolean[] everActive() {
    return everActive.clone();
  }

  @Override
  public synchronized long zeroCount() {
    return zeros;
  }

  @Override
  public synchronized long totalCount() {
    return total;
  }

  @Override
  public synchronized LayerActivity activity() {
    int dead = 0;
    for (boolean a : everActive) {
      if (!a) {
        dead++;
      }
    }
    return new LayerActivity(name, units, dead, total == 0 ? 0.0 : (double) zeros / total);
  }
}
