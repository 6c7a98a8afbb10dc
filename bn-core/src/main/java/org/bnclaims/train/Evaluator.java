package org.bnclaims.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import java.util.ArrayList;
import java.util.List;
import org.bnclaims.data.PreparedData;
import org.bnclaims.model.Network;
import org.bnclaims.run.EvalMetrics;
import org.bnclaims.spec.EvalMode;

/** Test-split loss and accuracy in inference mode, under each requested evaluation mode. */
final class Evaluator {

  private final PreparedData data;
  private final Network net;
  private final int batch;
  private final int[] order;
  private final float[] x;
  private final float[] y;

  Evaluator(PreparedData data, Network net, int batchSize) {
    this.data = data;
    this.net = net;
    this.batch = Math.min(batchSize, data.testSize());
    this.order = new int[data.testSize()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    this.x = new float[batch * data.channels() * data.height() * data.width()];
    this.y = new float[batch];
  }

  List<EvalMetrics> evaluate(List<EvalMode> modes, NDManager manager, ParameterStore store) {
    List<EvalMetrics> out = new ArrayList<>(modes.size());
    for (EvalMode mode : modes) {
      out.add(evaluate(mode, manager, store));
    }
    net.setEvalMode(EvalMode.RUNNING);
    return out;
  }

  /**
   * Forwards the whole test split; with {@link EvalMode#BATCH} every batch is normalized with its
   * own statistics, so the last partial batch is kept (it is part of the test set) and a batch of
   * one is folded into the previous one.
   */
  EvalMetrics evaluate(EvalMode mode, NDManager manager, ParameterStore store) {
    net.setEvalMode(mode);
    double[] acc = new double[2];
    int n = order.length;
    int from = 0;
    while (from < n) {
      int count = Math.min(batch, n - from);
      if (mode == EvalMode.BATCH && n - from - count == 1 && count < batch) {
        count++; // never leave a single example to be normalized by itself
      }
      float[] xs = count == batch ? x : new float[count * x.length / batch];
      float[] ys = count == batch ? y : new float[count];
      data.fill(false, order, from, count, xs, ys, null);
      try (NDManager step = manager.newSubManager()) {
        NDArray in =
            step.create(xs, new Shape(count, data.channels(), data.height(), data.width()));
        NDArray out = net.forward(store, in, false);
        float[] l = out.toFloatArray();
        Logits.accumulate(l, ys, count, data.classes(), acc);
      }
      from += count;
    }
    return new EvalMetrics(mode, acc[0] / n, acc[1] / n);
  }

  /** Runs the test split through the network with activation taps counting (dead units). */
  void forwardAll(NDManager manager, ParameterStore store) {
    net.setEvalMode(EvalMode.RUNNING);
    int n = order.length;
    for (int from = 0; from < n; from += batch) {
      int count = Math.min(batch, n - from);
      float[] xs = count == batch ? x : new float[count * x.length / batch];
      float[] ys = count == batch ? y : new float[count];
      data.fill(false, order, from, count, xs, ys, null);
      try (NDManager step = manager.newSubManager()) {
        NDArray in =
            step.create(xs, new Shape(count, data.channels(), data.height(), data.width()));
        net.forward(store, in, false);
      }
    }
  }
}
