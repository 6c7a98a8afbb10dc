package org.bnclaims.probe;

import java.util.ArrayList;
import java.util.List;
import org.bnclaims.norm.NormLayer;

/**
 * Records every normalization layer's gamma and beta at chosen training steps (the thesis logs them
 * every 5 steps, document 002 section 4.2). Values of a fixed parameter are not stored: the variant
 * says what they are. In a network of K seeds each seed has its own recorder, reading its block of
 * every layer.
 */
public final class NormRecorder {

  private final List<NormLayer> layers;
  private final int every;
  private final int seeds;
  private final int seed;
  private final List<Integer> steps = new ArrayList<>();
  private final List<List<double[]>> gammas = new ArrayList<>();
  private final List<List<double[]>> betas = new ArrayList<>();

  /**
   * @param layers the network's normalization layers
   * @param every record every {@code every} steps; 0 records only what {@link #record} is asked for
   *     explicitly (the final values)
   */
  public NormRecorder(List<NormLayer> layers, int every) {
    this(layers, every, 1, 0);
  }

  /** The recorder of seed {@code seed} of a network training {@code seeds} seeds side by side. */
  public NormRecorder(List<NormLayer> layers, int every, int seeds, int seed) {
    if (seed < 0 || seed >= seeds) {
      throw new IllegalArgumentException("seed index " + seed + " outside 0.." + (seeds - 1));
    }
    this.layers = List.copyOf(layers);
    this.every = every;
    this.seeds = seeds;
    this.seed = seed;
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
        gammas.get(i).add(block(l.gammaValues()));
      }
      if (l.beta().isPresent()) {
        betas.get(i).add(block(l.betaValues()));
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

  /** This recorder's seed block of a layer's values, as doubles. */
  private double[] block(float[] f) {
    int n = f.length / seeds;
    double[] d = new double[n];
    for (int i = 0; i < n; i++) {
      d[i] = f[seed * n + i];
    }
    return d;
  }
}
