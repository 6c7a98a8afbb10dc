package org.bnclaims.probe;

import java.util.ArrayList;
import java.util.List;
import org.bnclaims.norm.NormLayer;

/**
 * Records every normalization layer's gamma and beta at chosen training steps (the thesis logs them
 * every 5 steps, document 002 section 4.2). Values of a fixed parameter are not stored: the variant
 * says what they are.
 */
public final class NormRecorder {

  private final List<NormLayer> layers;
  private final int every;
  private final List<Integer> steps = new ArrayList<>();
  private final List<List<double[]>> gammas = new ArrayList<>();
  private final List<List<double[]>> betas = new ArrayList<>();

  /**
   * @param layers the network's normalization layers
   * @param every record every {@code every} steps; 0 records only what {@link #record} is asked for
   *     explicitly (the final values)
   */
  public NormRecorder(List<NormLayer> layers, int every) {
    this.layers = List.copyOf(layers);
    this.every = every;
    for (int i = 0; i < layers.size(); i++) {
      gammas.add(new ArrayList<>());
      betas.add(new ArrayList<>());
    }
  }

  /** Whether {@code step} is a snapshot step. */
  public boolean due(int step) {
    return every > 0 && step % every == 0;
  }

  /** Takes a snapshot labelled {@code step}; a repeated step is ignored. */
  public void record(int step) {
    if (layers.isEmpty() || (!steps.isEmpty() && steps.get(steps.size() - 1) == step)) {
      return;
    }
    steps.add(step);
    for (int i = 0; i < layers.size(); i++) {
      NormLayer l = layers.get(i);
      if (l.gamma().isPresent()) {
        gammas.get(i).add(toDouble(l.gammaValues()));
      }
      if (l.beta().isPresent()) {
        betas.get(i).add(toDouble(l.betaValues()));
      }
    }
  }

  /** The trajectories, one per layer. */
  public List<NormParams> results() {
    List<NormParams> out = new ArrayList<>();
    for (int i = 0; i < layers.size(); i++) {
      out.add(
          new NormParams(layers.get(i).name(), List.copyOf(steps), gammas.get(i), betas.get(i)));
    }
    return out;
  }

  private static double[] toDouble(float[] f) {
    double[] d = new double[f.length];
    for (int i = 0; i < f.length; i++) {
      d[i] = f[i];
    }
    return d;
  }
}
