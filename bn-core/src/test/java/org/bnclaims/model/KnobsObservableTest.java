package org.bnclaims.model;

import static org.junit.jupiter.api.Assertions.*;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.bnclaims.norm.NormLayer;
import org.bnclaims.spec.EvalMode;
import org.bnclaims.spec.ModelSpec;
import org.bnclaims.spec.NormSpec;
import org.bnclaims.spec.NormVariant;
import org.bnclaims.spec.Placement;
import org.junit.jupiter.api.Test;

/** House-style rule 8: every ablation knob on vs off changes parameters or outputs. */
class KnobsObservableTest {

  private static final ModelSpec MLP = ModelSpec.mlp(16, 12, 8, 8);
  private static final NormSpec BN = NormSpec.of(NormVariant.BN_GAMMA_BETA);

  private static float[] trainOut(ModelSpec model, NormSpec norm) {
    try (Nets n = new Nets(model, norm, 1, 4, 3, 5)) {
      return n.forward(n.input(6, 6), true);
    }
  }

  /** One SGD step (lr 0.5) on sum(logits * fixed weights); only parameters that take gradients. */
  static void sgdStep(Nets n) {
    NDArray x = n.input(6, 7);
    try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
      NDArray y = n.net.forward(n.store, x, true);
      NDArray w = n.input(6, 8).reshape(6, -1).get(":, 0:" + y.getShape().get(1));
      gc.backward(y.mul(w).sum());
    }
    for (Parameter p : n.net.groups().keySet()) {
      if (p.requiresGradient()) {
        p.getArray().subi(p.getArray().getGradient().mul(0.5f));
      }
    }
  }

  private static List<String> normNames(NormSpec norm) {
    return Models.build(MLP, norm, 1, 4, 4, 3).normLayers().stream().map(NormLayer::name).toList();
  }

  @Test
  void placementKinds() {
    assertEquals(List.of("fc1.norm", "fc2.norm", "fc3.norm", "fc4.norm"), normNames(BN));
    assertEquals(
        List.of("fc1.norm", "fc2.norm", "fc3.norm", "fc4.norm", "out.norm"),
        normNames(BN.withPlacement(Placement.ALL_PLUS_LAST)));
    assertEquals(List.of("fc1.norm"), normNames(BN.withPlacement(Placement.FIRST_ONLY)));
    assertEquals(List.of("fc4.norm"), normNames(BN.withPlacement(Placement.PENULTIMATE_ONLY)));
    assertEquals(List.of("fc2.norm", "fc4.norm"), normNames(BN.withPlacement(Placement.everyK(2))));
    assertEquals(
        List.of("fc1.norm", "fc3.norm"), normNames(BN.withPlacement(Placement.explicit(0, 2))));
    assertEquals(List.of(), normNames(NormSpec.NONE));
  }

  @Test
  void variantEpsilonGroupsAndWidthChangeParametersOrOutputs() {
    long distinct =
        List.of(
                NormVariant.NONE,
                NormVariant.BN_GAMMA_BETA,
                NormVariant.BN_GAMMA,
                NormVariant.BN_BETA,
                NormVariant.BN_PLAIN)
            .stream()
            .map(v -> List.copyOf(Models.build(MLP, NormSpec.of(v), 1, 4, 4, 3).groups().values()))
            .distinct()
            .count();
    assertEquals(5, distinct, "each variant has a different set of parameters");
    assertFalse(Arrays.equals(trainOut(MLP, BN), trainOut(MLP, BN.withEpsilon(1.0))), "epsilon");
    NormSpec gn = NormSpec.of(NormVariant.GROUP_NORM);
    assertFalse(
        Arrays.equals(trainOut(MLP, gn.withGroups(2)), trainOut(MLP, gn.withGroups(4))), "groups");
    assertFalse(
        Arrays.equals(trainOut(MLP, BN), trainOut(MLP, NormSpec.of(NormVariant.LAYER_NORM))),
        "layer norm");
    assertNotEquals(
        ParameterCountTest.count(MLP, BN, 3),
        ParameterCountTest.count(MLP.withWidthMultiplier(2), BN, 3),
        "width multiplier");
  }

  @Test
  void momentumAndEvalModeChangeEvalOutputs() {
    float[][] eval = new float[3][];
    int i = 0;
    for (NormSpec spec : List.of(BN, BN.withMomentum(0.5), BN)) {
      try (Nets n = new Nets(MLP, spec, 1, 4, 3, 5)) {
        n.forward(n.input(6, 6), true);
        if (i == 2) {
          n.net.setEvalMode(EvalMode.BATCH);
        }
        eval[i++] = n.forward(n.input(6, 9), false);
      }
    }
    assertFalse(Arrays.equals(eval[0], eval[1]), "momentum");
    assertFalse(Arrays.equals(eval[0], eval[2]), "eval mode");
  }

  @Test
  void bnOnlyFreezesEverythingButNormAndOptionallyOutput() {
    for (boolean outputTrainable : List.of(true, false)) {
      try (Nets n = new Nets(MLP, BN.withBnOnly(outputTrainable), 1, 4, 3, 5)) {
        List<float[]> before = n.params();
        sgdStep(n);
        List<float[]> after = n.params();
        int k = 0;
        for (Map.Entry<Parameter, ParamGroup> e : n.net.groups().entrySet()) {
          ParamGroup g = e.getValue();
          boolean shouldTrain = g.isNorm() || (g.isOutput() && outputTrainable);
          boolean changed = !Arrays.equals(before.get(k), after.get(k));
          assertEquals(shouldTrain, changed, g + " " + e.getKey().getName() + " " + k);
          assertEquals(shouldTrain, e.getKey().requiresGradient());
          k++;
        }
      }
    }
    try (Nets n = new Nets(MLP, BN, 1, 4, 3, 5)) {
      List<float[]> before = n.params();
      sgdStep(n);
      assertFalse(Arrays.equals(before.get(0), n.params().get(0)), "without bnOnly fc1 trains");
    }
  }

  @Test
  void gammaInitUniformIsSeededAndInUnitInterval() {
    NormSpec uniform = BN.withGammaInit("uniform");
    float[] a;
    try (Nets n = new Nets(MLP, uniform, 1, 4, 3, 11)) {
      a = n.net.normLayers().get(0).gammaValues();
      assertArrayEquals(new float[16], n.net.normLayers().get(0).betaValues());
    }
    for (float g : a) {
      assertTrue(g >= 0 && g < 1, "gamma " + g);
    }
    assertNotEquals(a[0], a[1]);
    try (Nets n = new Nets(MLP, uniform, 1, 4, 3, 11)) {
      assertArrayEquals(a, n.net.normLayers().get(0).gammaValues(), "same seed");
    }
    try (Nets n = new Nets(MLP, uniform, 1, 4, 3, 12)) {
      assertFalse(Arrays.equals(a, n.net.normLayers().get(0).gammaValues()), "other seed");
    }
    try (Nets n = new Nets(MLP, BN, 1, 4, 3, 11)) {
      float[] ones = new float[16];
      Arrays.fill(ones, 1f);
      assertArrayEquals(ones, n.net.normLayers().get(0).gammaValues(), "ones init");
    }
  }

  @Test
  void shortcutOptionChangesOutputs() {
    ModelSpec r = ModelSpec.of("resnet").withDepth(1).withWidthMultiplier(0.25);
    float[] a;
    float[] b;
    try (Nets n = new Nets(r, BN, 3, 8, 3, 5)) {
      a = n.forward(n.input(2, 6), true);
    }
    try (Nets n = new Nets(r.withShortcut("B"), BN, 3, 8, 3, 5)) {
      b = n.forward(n.input(2, 6), true);
    }
    assertFalse(Arrays.equals(a, b));
  }

  @Test
  void dropoutOnlyActsWhenEnabledAndTraining() {
    ModelSpec on = ModelSpec.of("allcnnc").withWidthMultiplier(0.0625);
    try (Nets n = new Nets(on, BN, 3, 16, 3, 5)) {
      NDArray x = n.input(2, 6);
      assertFalse(Arrays.equals(n.forward(x, true), n.forward(x, true)), "fresh masks");
      assertArrayEquals(n.forward(x, false), n.forward(x, false), "no dropout in eval");
    }
    try (Nets n = new Nets(on.withDropout(false), BN, 3, 16, 3, 5)) {
      NDArray x = n.input(2, 6);
      assertArrayEquals(n.forward(x, true), n.forward(x, true), "dropout off");
    }
  }
}
