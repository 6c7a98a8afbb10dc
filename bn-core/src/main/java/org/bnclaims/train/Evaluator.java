package org.bnclaims.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.ParameterStore;
import java.util.ArrayList;
import java.util.List;
import org.bnclaims.data.PreparedData;
import org.bnclaims.model.Network;
import org.bnclaims.run.EvalMetrics;
import org.bnclaims.spec.EvalMode;

/**
 * Test-split loss and accuracy in inference mode, under each requested evaluation mode, for every
 * seed of the network at once (each seed's block sees the same test images).
 */
final class Evaluator {

  private final PreparedData data;
  private final Network net;
  private final BatchLayout layout;
  private final int batch;
  private final int[] order;
  private final float[] x;
  private final float[] y;
  private final float[] wide;

  Evaluator(PreparedData data, Network net, int batchSize, BatchLayout layout) {
    this.data = data;
    this.net = net;
    this.layout = layout;
    this.batch = Math.min(batchSize, data.testSize());
    this.order = new int[data.testSize()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    this.x = new float[layout.seedFloats(batch)];
    this.y = new float[batch];
    this.wide = layout.isIdentity() ? null : new float[layout.wideFloats(batch)];
  }

  /** Per mode, per seed: {@code result.get(seed)} lists the seed's metrics in mode order. */
  List<List<EvalMetrics>> evaluate(List<EvalMode> modes, NDManager manager, ParameterStore store) {
    List<List<EvalMetrics>> out = new ArrayList<>();
    for (int k = 0; k < net.seeds(); k++) {
      out.add(new ArrayList<>(modes.size()));
    }
    for (EvalMode mode : modes) {
      List<EvalMetrics> m = evaluateSeeds(mode, manager, store);
      for (int k = 0; k < net.seeds(); k++) {
        out.get(k).add(m.get(k));
      }
    }
    net.setEvalMode(EvalMode.RUNNING);
    return out;
  }

  /** One mode on a one-seed network. */
  EvalMetrics evaluate(EvalMode mode, NDManager manager, ParameterStore store) {
    return evaluateSeeds(mode, manager, store).get(0);
  }

  /**
   * Forwards the whole test split; with {@link EvalMode#BATCH} every batch is normalized with its
   * own statistics, so the last partial batch is kept (it is part of the test set) and a batch of
   * one is folded into the previous one.
   */
  List<EvalMetrics> evaluateSeeds(EvalMode mode, NDManager manager, ParameterStore store) {
    net.setEvalMode(mode);
    int seeds = net.seeds();
    double[][] acc = new double[seeds][2];
    int n = order.length;
    int from = 0;
    while (from < n) {
      int count = Math.min(batch, n - from);
      if (mode == EvalMode.BATCH && n - from - count == 1 && count < batch) {
        count++; // never leave a single example to be normalized by itself
      }
      float[] ys = count == batch ? y : new float[count];
      try (NDManager step = manager.newSubManager()) {
        NDArray out = net.forward(store, input(step, from, count, ys), false);
        float[] l = out.toFloatArray();
        int classes = data.classes();
        for (int k = 0; k < seeds; k++) {
          Logits.accumulate(l, seeds * classes, k * classes, ys, count, classes, acc[k]);
        }
      }
      from += count;
    }
    List<EvalMetrics> out = new ArrayList<>(seeds);
    for (int k = 0; k < seeds; k++) {
      out.add(new EvalMetrics(mode, acc[k][0] / n, acc[k][1] / n));
    }
    return out;
  }

  /** Runs the test split through the network with activation taps counting (dead units). */
  void forwardAll(NDManager manager, ParameterStore store) {
    net.setEvalMode(EvalMode.RUNNING);
    int n = order.length;
    for (int from = 0; from < n; from += batch) {
      int count = Math.min(batch, n - from);
      float[] ys = count == batch ? y : new float[count];
      try (NDManager step = manager.newSubManager()) {
        net.forward(store, input(step, from, count, ys), false);
      }
    }
  }

  private NDArray input(NDManager step, int from, int count, float[] ys) {
    float[] xs = count == batch ? x : new float[layout.seedFloats(count)];
    data.fill(false, order, from, count, xs, ys, null);
    if (layout.isIdentity()) {
      return layout.toArray(step, xs, count);
    }
    float[] w = count == batch ? wide : new float[layout.wideFloats(count)];
    layout.replicate(xs, count, w);
    return layout.toArray(step, w, count);
  }
}
