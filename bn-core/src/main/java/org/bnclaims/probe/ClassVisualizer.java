package org.bnclaims.probe;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.ParameterStore;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.bnclaims.data.PreparedData;
import org.bnclaims.model.Network;
import org.bnclaims.verdict.Picture;

/**
 * Class visualizations by gradient ascent on the input (document 001, "model hallucination"): start
 * from seeded noise, treat the pixels as parameters, and push them to raise one class's logit, with
 * a small L2 penalty so the image stays in the data's range.
 *
 * <p>Gradients use PyTorch's thread-local grad mode directly, as the trainer does, rather than
 * DJL's gradient collector, which is one per JVM and would serialize parallel runs.
 */
public final class ClassVisualizer {

  /** At most this many classes are drawn (CIFAR-100 would otherwise give 100 pictures). */
  static final int MAX_CLASSES = 10;

  private static final float STEP = 0.1f;
  private static final float L2 = 0.01f;
  private static final float NOISE = 0.1f;

  private ClassVisualizer() {}

  /**
   * One picture per class, for the first {@link #MAX_CLASSES} classes, each after {@code steps}
   * ascent steps from noise drawn from {@code rng}.
   */
  public static List<Picture> draw(
      Network net,
      PreparedData data,
      int steps,
      NDManager manager,
      ParameterStore store,
      SplittableRandom rng) {
    int c = data.channels();
    int h = data.height();
    int w = data.width();
    int classes = Math.min(MAX_CLASSES, data.classes());
    List<Picture> out = new ArrayList<>(classes);
    for (int k = 0; k < classes; k++) {
      float[] init = new float[c * h * w];
      for (int i = 0; i < init.length; i++) {
        init[i] = (float) (rng.nextGaussian() * NOISE);
      }
      try (NDManager sub = manager.newSubManager()) {
        NDArray x = sub.create(init, new Shape(1, c, h, w));
        x.setRequiresGradient(true);
        try (NDArray one = sub.create(1f)) {
          for (int s = 0; s < steps; s++) {
            ascend(net, store, x, k, one);
          }
        }
        out.add(toPicture(x.toFloatArray(), data, data.classNames().get(k)));
      }
    }
    return out;
  }

  /** One normalized gradient-ascent step on {@code x}; every temporary is closed. */
  private static void ascend(Network net, ParameterStore store, NDArray x, int k, NDArray one) {
    JniUtils.setGradMode(true);
    NDArray logits;
    NDArray penalty;
    NDArray objective;
    try {
      logits = net.forward(store, x, false);
      try (NDArray sq = x.square();
          NDArray sum = sq.sum();
          NDArray target = logits.get(new NDIndex(0, k))) {
        penalty = sum.mul(L2);
        objective = target.sub(penalty);
      }
    } finally {
      JniUtils.setGradMode(false);
    }
    JniUtils.backward((PtNDArray) objective, (PtNDArray) one, false, false);
    try (logits;
        penalty;
        objective;
        NDArray g = x.getGradient();
        NDArray ga = g.abs();
        NDArray gm = ga.mean()) {
      float scale = STEP / (gm.getFloat() + 1e-8f);
      try (NDArray update = g.mul(scale)) {
        x.addi(update);
      }
      g.subi(g);
    }
  }

  /** Undoes the input normalization and clamps to [0, 1]. */
  private static Picture toPicture(float[] x, PreparedData data, String label) {
    int c = data.channels();
    int hw = data.height() * data.width();
    float[] mean = data.mean();
    float[] std = data.std();
    double[] px = new double[x.length];
    for (int ch = 0; ch < c; ch++) {
      for (int i = 0; i < hw; i++) {
        double v = x[ch * hw + i] * std[ch] + mean[ch]; // mean/std are in pixel/255 units
        px[ch * hw + i] = Math.max(0, Math.min(1, v));
      }
    }
    return new Picture(label, data.width(), data.height(), c, px);
  }
}
