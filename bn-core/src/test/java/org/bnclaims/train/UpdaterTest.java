package org.bnclaims.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.djl.pytorch.jni.JniUtils;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bnclaims.model.Models;
import org.bnclaims.model.Network;
import org.bnclaims.model.ParamGroup;
import org.bnclaims.spec.DecayOn;
import org.bnclaims.spec.ModelSpec;
import org.bnclaims.spec.NormSpec;
import org.bnclaims.spec.OptimSpec;
import org.bnclaims.spec.Optimizer;
import org.junit.jupiter.api.Test;

/**
 * The optimizer against the update rules of {@code torch.optim.SGD} and {@code torch.optim.Adam}
 * (PyTorch documentation, "Algorithm" sections), computed here in plain Java doubles.
 *
 * <p>The network is an MLP 2-2-3 without normalization (two weights, two biases). Each step's
 * gradient is made exact by backpropagating {@code sum(w * c)}, whose gradient is {@code c}; {@code
 * c} changes per step.
 */
class UpdaterTest {

  private static final int STEPS = 5;

  /** Gradient of step t for parameter element i: deterministic, of both signs. */
  private static double grad(int t, int i) {
    return Math.sin(1.0 + 0.7 * t + 1.3 * i);
  }

  @Test
  void sgdWithMomentumAndWeightDecayOnWeightsOnlyMatchesPyTorch() {
    OptimSpec spec = OptimSpec.sgd(0.1).withMomentum(0.9, false).withWeightDecay(0.01, "weights");
    check(spec, new double[] {0.1, 0.1, 0.1, 0.02, 0.02}); // lr drops 5x after step 3: still exact
  }

  @Test
  void nesterovMatchesPyTorch() {
    check(OptimSpec.sgd(0.05).withMomentum(0.9, true).withWeightDecay(1e-3, "all"), lrs(0.05));
  }

  @Test
  void plainSgdMatchesPyTorch() {
    check(OptimSpec.sgd(0.3), lrs(0.3));
  }

  @Test
  void adamMatchesPyTorch() {
    check(OptimSpec.adam(0.01).withAdamBetas(0.5, 0.9, 1e-8), lrs(0.01));
  }

  @Test
  void scheduleMultipliesAtMilestones() {
    OptimSpec s = OptimSpec.sgd(0.1).withSteps(0.1, 2, 4);
    assertEquals(0.1, s.lrAt(0));
    assertEquals(0.1, s.lrAt(1));
    assertEquals(0.01, s.lrAt(2), 1e-15);
    assertEquals(0.001, s.lrAt(5), 1e-15);
  }

  private static double[] lrs(double lr) {
    double[] r = new double[STEPS];
    java.util.Arrays.fill(r, lr);
    return r;
  }

  private static void check(OptimSpec spec, double[] lrs) {
    try (NDManager m = NDManager.newBaseManager()) {
      JniUtils.setGradMode(false);
      Network net = Models.build(ModelSpec.mlp(2), NormSpec.NONE, 1, 1, 2, 3);
      net.initialize(m, 42);
      List<Parameter> params = new ArrayList<>(net.groups().keySet());
      List<double[]> w = new ArrayList<>();
      List<double[]> buf = new ArrayList<>();
      List<double[]> v = new ArrayList<>();
      for (Parameter p : params) {
        float[] f = p.getArray().toFloatArray();
        double[] d = new double[f.length];
        for (int i = 0; i < f.length; i++) {
          d[i] = f[i];
        }
        w.add(d);
        buf.add(new double[f.length]);
        v.add(new double[f.length]);
      }
      try (Updater updater = new Updater(spec, net, m);
          NDArray one = m.create(1f)) {
        for (int t = 0; t < STEPS; t++) {
          StepLeaves leaves = new StepLeaves(m);
          try (NDManager step = m.newSubManager()) {
            leaves.begin(step);
            backpropagate(params, t, step, one, leaves);
            updater.step(lrs[t], leaves);
            leaves.end();
          }
          for (int k = 0; k < params.size(); k++) {
            double wd = decay(spec, net.groups(), params.get(k));
            reference(spec, lrs[t], wd, t, 100 * k, w.get(k), buf.get(k), v.get(k));
            float[] got = params.get(k).getArray().toFloatArray();
            float[] want = new float[got.length];
            for (int i = 0; i < want.length; i++) {
              want[i] = (float) w.get(k)[i];
            }
            assertArrayEquals(want, got, 2e-6f, spec.optimizer() + " step " + t + " " + k);
          }
        }
      }
    }
  }

  private static double decay(OptimSpec spec, Map<Parameter, ParamGroup> groups, Parameter p) {
    if (spec.decayOn() == DecayOn.ALL) {
      return spec.weightDecay();
    }
    ParamGroup g = groups.get(p);
    return g == ParamGroup.OUTPUT_BIAS || g == ParamGroup.BIAS ? 0 : spec.weightDecay();
  }

  /** Backward of sum(w * c_t): the gradient of each w is c_t. */
  private static void backpropagate(
      List<Parameter> params, int t, NDManager s, NDArray one, StepLeaves leaves) {
    Autograd.record(true);
    NDArray loss = null;
    try {
      for (int k = 0; k < params.size(); k++) {
        NDArray w = leaves.getValue(params.get(k), params.get(k).getArray().getDevice(), true);
        float[] c = new float[(int) w.size()];
        int offset = 100 * k;
        for (int i = 0; i < c.length; i++) {
          c[i] = (float) grad(t, i + offset);
        }
        NDArray term = w.mul(s.create(c, w.getShape())).sum();
        loss = loss == null ? term : loss.add(term);
      }
    } finally {
      Autograd.record(false);
    }
    Autograd.backward(loss, one);
  }

  /** One step of torch.optim.SGD / Adam on doubles. */
  private static void reference(
      OptimSpec spec,
      double lr,
      double wd,
      int t,
      int offset,
      double[] w,
      double[] buf,
      double[] v) {
    for (int i = 0; i < w.length; i++) {
      double g = (float) grad(t, i + offset) + wd * w[i];
      if (spec.optimizer() == Optimizer.ADAM) {
        buf[i] = spec.beta1() * buf[i] + (1 - spec.beta1()) * g;
        v[i] = spec.beta2() * v[i] + (1 - spec.beta2()) * g * g;
        double mHat = buf[i] / (1 - Math.pow(spec.beta1(), t + 1));
        double vHat = v[i] / (1 - Math.pow(spec.beta2(), t + 1));
        w[i] -= lr * mHat / (Math.sqrt(vHat) + spec.adamEpsilon());
      } else if (spec.momentum() > 0) {
        buf[i] = t == 0 ? g : spec.momentum() * buf[i] + g;
        double step = spec.nesterov() ? g + spec.momentum() * buf[i] : buf[i];
        w[i] -= lr * step;
      } else {
        w[i] -= lr * g;
      }
    }
  }
}
