package org.bnclaims.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import org.bnclaims.probe.LayerActivity;

/** The ReLU block behind {@link ActivationTap}; counting syncs to Java only when enabled. */
final class ReluTap extends AbstractBlock implements ActivationTap {

  private final String name;
  private final int units;
  private volatile boolean enabled;
  private boolean[] everActive;
  private long zeros;
  private long total;

  ReluTap(String name, int units) {
    this.name = name;
    this.units = units;
    this.everActive = new boolean[units];
  }

  @Override
  protected NDList forwardInternal(
      ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
    NDArray y = ai.djl.nn.Activation.relu(inputs.singletonOrThrow());
    if (enabled) {
      record(y);
    }
    return new NDList(y);
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
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    return new Shape[] {inputShapes[0]};
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
