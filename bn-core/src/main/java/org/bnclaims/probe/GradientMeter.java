package org.bnclaims.probe;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bnclaims.model.ParamGroup;

/**
 * Mean absolute gradient per parameter, for normalization gamma/beta versus every other trainable
 * parameter, averaged over the steps of each epoch (document 003, section 7 and its figure 2).
 *
 * <p>"Mean" is over parameter values: the sum of |g| over a group divided by the group's size, so a
 * group with many small weights is not favoured over one with few large ones.
 */
public final class GradientMeter {

  private final List<Parameter> norm = new ArrayList<>();
  private final List<Parameter> other = new ArrayList<>();
  private final long normSize;
  private final long otherSize;
  private final List<GradMagnitude> epochs = new ArrayList<>();
  private double normSum;
  private double otherSum;
  private int steps;

  public GradientMeter(Map<Parameter, ParamGroup> groups) {
    long ns = 0;
    long os = 0;
    for (Map.Entry<Parameter, ParamGroup> e : groups.entrySet()) {
      Parameter p = e.getKey();
      if (!p.requiresGradient()) {
        continue;
      }
      if (e.getValue().isNorm()) {
        norm.add(p);
        ns += p.getShape().size();
      } else {
        other.add(p);
        os += p.getShape().size();
      }
    }
    normSize = ns;
    otherSize = os;
  }

  /** Adds the current gradients (after backward, before the update). */
  public void observe() {
    normSum += sumAbs(norm) / Math.max(1, normSize);
    otherSum += sumAbs(other) / Math.max(1, otherSize);
    steps++;
  }

  private static double sumAbs(List<Parameter> params) {
    double s = 0;
    for (Parameter p : params) {
      try (NDArray g = p.getArray().getGradient();
          NDArray a = g.abs();
          NDArray t = a.sum()) {
        s += t.getFloat();
      }
    }
    return s;
  }

  /** Closes the epoch's average. */
  public void endEpoch(int epoch) {
    if (steps > 0) {
      epochs.add(
          new GradMagnitude(
              epoch, norm.isEmpty() ? Double.NaN : normSum / steps, otherSum / steps));
    }
    normSum = 0;
    otherSum = 0;
    steps = 0;
  }

  public List<GradMagnitude> results() {
    return List.copyOf(epochs);
  }
}
