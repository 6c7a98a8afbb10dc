package org.bnclaims.probe;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.bnclaims.model.ParamGroup;

/**
 * Mean absolute gradient per parameter, for normalization gamma/beta versus every other trainable
 * parameter, averaged over the steps of each epoch (document 003, section 7 and its figure 2).
 *
 * <p>"Mean" is over parameter values: the sum of |g| over a group divided by the group's size, so a
 * group with many small weights is not favoured over one with few large ones. In a network of K
 * seeds every parameter is K stacked seed blocks, and each seed is measured on its own blocks.
 */
public final class GradientMeter {

  private final int seeds;
  private final List<Parameter> norm = new ArrayList<>();
  private final List<Parameter> other = new ArrayList<>();
  private final long normSize;
  private final long otherSize;
  private final List<List<GradMagnitude>> epochs = new ArrayList<>();
  private final double[] normSum;
  private final double[] otherSum;
  private final int[] steps;

  public GradientMeter(Map<Parameter, ParamGroup> groups) {
    this(groups, 1);
  }

  /** A meter for a network training {@code seeds} seeds side by side. */
  public GradientMeter(Map<Parameter, ParamGroup> groups, int seeds) {
    this.seeds = seeds;
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
    normSize = ns / seeds;
    otherSize = os / seeds;
    normSum = new double[seeds];
    otherSum = new double[seeds];
    steps = new int[seeds];
    for (int k = 0; k < seeds; k++) {
      epochs.add(new ArrayList<>());
    }
  }

  /**
   * Adds one step's gradients (after backward, before the update) of the seeds marked in {@code
   * active}; {@code gradients} gives each parameter's gradient, or null for one without.
   */
  public void observe(boolean[] active, Function<Parameter, NDArray> gradients) {
    double[] n = sumAbs(norm, gradients);
    double[] o = sumAbs(other, gradients);
    for (int k = 0; k < seeds; k++) {
      if (active[k]) {
        normSum[k] += n[k] / Math.max(1, normSize);
        otherSum[k] += o[k] / Math.max(1, otherSize);
        steps[k]++;
      }
    }
  }

  private double[] sumAbs(List<Parameter> params, Function<Parameter, NDArray> gradients) {
    double[] s = new double[seeds];
    for (Parameter p : params) {
      NDArray g = gradients.apply(p);
      if (g == null) {
        continue;
      }
      try (NDArray a = g.abs();
          NDArray blocks = a.reshape(seeds, -1);
          NDArray t = blocks.sum(new int[] {1})) {
        float[] v = t.toFloatArray();
        for (int k = 0; k < seeds; k++) {
          s[k] += v[k];
        }
      }
    }
    return s;
  }

  /** Closes the epoch's average of a one-seed network. */
  public void endEpoch(int epoch) {
    endEpoch(epoch, 0);
  }

  /** Closes seed {@code k}'s average of {@code epoch}. */
  public void endEpoch(int epoch, int k) {
    if (steps[k] > 0) {
      epochs
          .get(k)
          .add(
              new GradMagnitude(
                  epoch,
                  norm.isEmpty() ? Double.NaN : normSum[k] / steps[k],
                  otherSum[k] / steps[k]));
    }
    normSum[k] = 0;
    otherSum[k] = 0;
    steps[k] = 0;
  }

  /** The one seed's epochs. */
  public List<GradMagnitude> results() {
    return results(0);
  }

  /** Seed {@code k}'s epochs. */
  public List<GradMagnitude> results(int k) {
    return List.copyOf(epochs.get(k));
  }
}
