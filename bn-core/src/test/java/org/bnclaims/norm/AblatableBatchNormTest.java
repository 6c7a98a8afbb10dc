package org.bnclaims.norm;

import static org.junit.jupiter.api.Assertions.*;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.bnclaims.spec.EvalMode;
import org.bnclaims.spec.NormSpec;
import org.bnclaims.spec.NormVariant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Checks {@link AblatableBatchNorm} against {@link BatchNormReference} on small tensors. */
class AblatableBatchNormTest {

  private static final double TOL = 1e-5;
  private static final float[] GAMMA = {0.5f, 2f, -1f};
  private static final float[] BETA = {0.1f, -0.2f, 0.3f};

  private NDManager manager;
  private ParameterStore store;

  @BeforeEach
  void setUp() {
    manager = NDManager.newBaseManager();
    store = new ParameterStore(manager, false);
  }

  @AfterEach
  void tearDown() {
    manager.close();
  }

  private static float[] data(long seed, int size) {
    SplittableRandom r = new SplittableRandom(seed);
    float[] x = new float[size];
    for (int i = 0; i < size; i++) {
      x[i] = (float) (3 * r.nextGaussian() + 1);
    }
    return x;
  }

  private AblatableBatchNorm bn(NormSpec spec, Shape input) {
    AblatableBatchNorm b = (AblatableBatchNorm) Norms.create(spec, "bn", 3);
    b.initialize(manager, DataType.FLOAT32, input);
    b.gamma().ifPresent(p -> p.getArray().set(GAMMA));
    b.beta().ifPresent(p -> p.getArray().set(BETA));
    return b;
  }

  private float[] forward(AblatableBatchNorm b, float[] x, Shape shape, boolean training) {
    NDArray in = manager.create(x, shape);
    return b.forward(store, new NDList(in), training).singletonOrThrow().toFloatArray();
  }

  private static void assertClose(double[] expected, float[] actual, String what) {
    assertEquals(expected.length, actual.length, what);
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i], actual[i], TOL * Math.max(1, Math.abs(expected[i])), what + i);
    }
  }

  private static void assertClose(float[] expected, float[] actual, String what) {
    double[] e = new double[expected.length];
    for (int i = 0; i < e.length; i++) {
      e[i] = expected[i];
    }
    assertClose(e, actual, what);
  }

  @Test
  void trainOutputMatchesHandReferenceDense() {
    Shape shape = new Shape(4, 3);
    float[] x = data(1, 12);
    AblatableBatchNorm b = bn(NormSpec.of(NormVariant.BN_GAMMA_BETA), shape);
    float[] expected =
        BatchNormReference.normalize(
            x,
            4,
            3,
            1,
            BatchNormReference.mean(x, 4, 3, 1),
            BatchNormReference.var(x, 4, 3, 1, false),
            GAMMA,
            BETA,
            1e-5);
    assertClose(expected, forward(b, x, shape, true), "y");
  }

  @Test
  void trainOutputMatchesHandReferenceConv() {
    Shape shape = new Shape(2, 3, 2, 2);
    float[] x = data(2, 24);
    AblatableBatchNorm b = bn(NormSpec.of(NormVariant.BN_GAMMA_BETA).withEpsilon(0.5), shape);
    float[] expected =
        BatchNormReference.normalize(
            x,
            2,
            3,
            4,
            BatchNormReference.mean(x, 2, 3, 4),
            BatchNormReference.var(x, 2, 3, 4, false),
            GAMMA,
            BETA,
            0.5);
    assertClose(expected, forward(b, x, shape, true), "y");
  }

  @Test
  void runningStatisticsFollowDjlMomentumAndUnbiasedVariance() {
    Shape shape = new Shape(2, 3, 2, 2);
    double m = 0.7;
    AblatableBatchNorm b = bn(NormSpec.of(NormVariant.BN_GAMMA_BETA).withMomentum(m), shape);
    double[] mean = {0, 0, 0};
    double[] var = {1, 1, 1};
    for (int step = 0; step < 2; step++) {
      float[] x = data(10 + step, 24);
      forward(b, x, shape, true);
      mean = BatchNormReference.update(mean, BatchNormReference.mean(x, 2, 3, 4), m);
      var = BatchNormReference.update(var, BatchNormReference.var(x, 2, 3, 4, true), m);
      assertClose(mean, b.runningMeanValues(), "running mean after step " + (step + 1) + " ch");
      assertClose(var, b.runningVarValues(), "running var after step " + (step + 1) + " ch");
    }
  }

  @Test
  void evalRunningUsesRunningStatistics() {
    Shape shape = new Shape(4, 3);
    AblatableBatchNorm b = bn(NormSpec.of(NormVariant.BN_GAMMA_BETA), shape);
    double[] mean = {0, 0, 0};
    double[] var = {1, 1, 1};
    for (int step = 0; step < 2; step++) {
      float[] x = data(20 + step, 12);
      forward(b, x, shape, true);
      mean = BatchNormReference.update(mean, BatchNormReference.mean(x, 4, 3, 1), 0.9);
      var = BatchNormReference.update(var, BatchNormReference.var(x, 4, 3, 1, true), 0.9);
    }
    float[] test = data(30, 12);
    float[] expected = BatchNormReference.normalize(test, 4, 3, 1, mean, var, GAMMA, BETA, 1e-5);
    assertClose(expected, forward(b, test, shape, false), "eval y");
    assertClose(mean, b.runningMeanValues(), "running mean unchanged by eval, ch");
  }

  @Test
  void evalBatchUsesBatchStatisticsAndLeavesRunningStatisticsAlone() {
    Shape shape = new Shape(2, 3, 2, 2);
    AblatableBatchNorm b = bn(NormSpec.of(NormVariant.BN_GAMMA_BETA), shape);
    forward(b, data(40, 24), shape, true);
    float[] meanBefore = b.runningMeanValues();
    float[] varBefore = b.runningVarValues();
    b.setEvalMode(EvalMode.BATCH);
    float[] test = data(41, 24);
    float[] expected =
        BatchNormReference.normalize(
            test,
            2,
            3,
            4,
            BatchNormReference.mean(test, 2, 3, 4),
            BatchNormReference.var(test, 2, 3, 4, false),
            GAMMA,
            BETA,
            1e-5);
    assertClose(expected, forward(b, test, shape, false), "batch-mode eval y");
    assertArrayEquals(meanBefore, b.runningMeanValues());
    assertArrayEquals(varBefore, b.runningVarValues());
    b.setEvalMode(EvalMode.RUNNING);
    assertFalse(
        java.util.Arrays.equals(expected, forward(b, test, shape, false)),
        "running-mode eval must differ from batch-mode eval");
  }

  @Test
  void variantsOwnOnlyTheirTrainableParametersAndSgdMovesOnlyThose() {
    Shape shape = new Shape(4, 3);
    for (NormVariant v :
        List.of(
            NormVariant.BN_GAMMA_BETA,
            NormVariant.BN_GAMMA,
            NormVariant.BN_BETA,
            NormVariant.BN_PLAIN)) {
      AblatableBatchNorm b = bn(NormSpec.of(v), shape);
      List<String> names = new ArrayList<>(b.getParameters().keys());
      List<String> expected = new ArrayList<>();
      if (v.trainsGamma()) {
        expected.add("gamma");
      }
      if (v.trainsBeta()) {
        expected.add("beta");
      }
      expected.add("runningMean");
      expected.add("runningVar");
      assertEquals(expected, names, v + " parameters");
      assertEquals(v.trainsGamma(), b.gamma().isPresent(), v + " gamma");
      assertEquals(v.trainsBeta(), b.beta().isPresent(), v + " beta");

      float[] gammaBefore = b.gammaValues();
      float[] betaBefore = b.betaValues();
      sgdStep(b, data(50, 12), shape);
      assertEquals(
          v.trainsGamma(), !java.util.Arrays.equals(gammaBefore, b.gammaValues()), v + " gamma");
      assertEquals(
          v.trainsBeta(), !java.util.Arrays.equals(betaBefore, b.betaValues()), v + " beta");
      if (!v.trainsGamma()) {
        assertArrayEquals(new float[] {1, 1, 1}, b.gammaValues(), v + " fixed gamma");
      }
      if (!v.trainsBeta()) {
        assertArrayEquals(new float[] {0, 0, 0}, b.betaValues(), v + " fixed beta");
      }
    }
  }

  /** One SGD step (lr 0.1) on loss = sum(y * w) for a fixed w, over every parameter with grad. */
  private void sgdStep(AblatableBatchNorm b, float[] x, Shape shape) {
    NDArray w = manager.create(data(99, 12), shape);
    NDArray in = manager.create(x, shape);
    // The input takes a gradient too, so BN_PLAIN (no parameter at all) still has a graph.
    in.setRequiresGradient(true);
    try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
      NDArray y = b.forward(store, new NDList(in), true).singletonOrThrow();
      gc.backward(y.mul(w).sum());
    }
    for (Parameter p : b.getParameters().values()) {
      if (p.requiresGradient()) {
        NDArray a = p.getArray();
        NDArray g = a.getGradient();
        assertTrue(g.abs().sum().getFloat() > 0, p.getName() + " has a gradient");
        a.subi(g.mul(0.1f));
      } else {
        assertFalse(p.getArray().hasGradient(), p.getName() + " must not get a gradient");
      }
    }
  }
}
