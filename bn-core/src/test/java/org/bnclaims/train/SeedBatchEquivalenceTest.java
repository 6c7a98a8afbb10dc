package org.bnclaims.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.bnclaims.probe.GradMagnitude;
import org.bnclaims.probe.NormParams;
import org.bnclaims.run.EpochMetrics;
import org.bnclaims.run.EvalMetrics;
import org.bnclaims.run.RunResult;
import org.bnclaims.spec.DataSpec;
import org.bnclaims.spec.EvalMode;
import org.bnclaims.spec.ModelSpec;
import org.bnclaims.spec.NormSpec;
import org.bnclaims.spec.NormVariant;
import org.bnclaims.spec.OptimSpec;
import org.bnclaims.spec.Placement;
import org.bnclaims.spec.ProbeSpec;
import org.bnclaims.spec.RunSpec;
import org.bnclaims.spec.TrainSpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 9, test (a): one step of a K-seed batch equals K single-seed steps within float tolerance,
 * for MLP, 3C3D, ALL-CNN-C and conv4 and every normalization variant (BN-only training and fixed
 * gamma/beta included). One epoch holds exactly one step, so the epoch's training loss is the
 * forward pass before the update, its gradient magnitudes are that step's gradients, and the test
 * metrics and the gamma/beta snapshot after it read the updated parameters and running statistics.
 */
class SeedBatchEquivalenceTest {

  private static final long[] SEEDS = {11, 12, 13};
  private static final double REL = 1e-4;
  private static final double ABS = 1e-5;

  static Stream<Arguments> cases() {
    List<Arguments> out = new ArrayList<>();
    List<NormSpec> norms =
        List.of(
            NormSpec.NONE,
            NormSpec.of(NormVariant.BN_GAMMA_BETA),
            NormSpec.of(NormVariant.BN_GAMMA),
            NormSpec.of(NormVariant.BN_BETA),
            NormSpec.of(NormVariant.BN_PLAIN),
            NormSpec.of(NormVariant.BN_GAMMA_BETA).withBnOnly(false),
            NormSpec.of(NormVariant.BN_GAMMA_BETA).withPlacement(Placement.ALL_PLUS_LAST),
            NormSpec.of(NormVariant.LAYER_NORM),
            NormSpec.of(NormVariant.GROUP_NORM).withGroups(2));
    for (NormSpec norm : norms) {
      out.add(Arguments.argumentSet("mlp " + label(norm), mlp(norm)));
      out.add(Arguments.argumentSet("3c3d " + label(norm), threeC3d(norm)));
      out.add(Arguments.argumentSet("allcnnc " + label(norm), allCnnC(norm)));
    }
    out.add(Arguments.argumentSet("conv4 BN", conv4(NormSpec.of(NormVariant.BN_GAMMA_BETA))));
    return out.stream();
  }

  private static String label(NormSpec n) {
    return n.variant()
        + (n.bnOnly() ? " bn-only" : "")
        + (n.placement().equals(Placement.ALL_PLUS_LAST) ? " +last" : "");
  }

  private static ProbeSpec probes() {
    return ProbeSpec.NONE.withGradMagnitudes().withBnSnapshots(1);
  }

  private static TrainSpec oneStep(int batch) {
    return TrainSpec.of(batch, 1).withEvalModes(EvalMode.RUNNING, EvalMode.BATCH);
  }

  static RunSpec mlp(NormSpec norm) {
    return new RunSpec(
        DataSpec.of("mnist").withSynthetic(true).withSubset(2, 3),
        ModelSpec.mlp(32, 16),
        norm,
        OptimSpec.sgd(0.1).withMomentum(0.9, false).withWeightDecay(1e-3, "all"),
        oneStep(20),
        probes());
  }

  static RunSpec threeC3d(NormSpec norm) {
    return new RunSpec(
        DataSpec.of("cifar10").withSynthetic(true).withSubset(1, 2),
        ModelSpec.of("3c3d").withWidthMultiplier(0.125),
        norm,
        OptimSpec.adam(1e-3),
        oneStep(10),
        probes());
  }

  static RunSpec allCnnC(NormSpec norm) {
    return new RunSpec(
        DataSpec.of("cifar10").withSynthetic(true).withSubset(1, 2),
        ModelSpec.of("allcnnc").withWidthMultiplier(0.125).withDropout(true),
        norm,
        OptimSpec.sgd(0.05),
        oneStep(10),
        probes());
  }

  static RunSpec conv4(NormSpec norm) {
    return new RunSpec(
        DataSpec.of("imagenette").withSynthetic(true).withImageSize(32).withSubset(1, 2),
        ModelSpec.of("conv4").withWidthMultiplier(0.25),
        norm,
        OptimSpec.sgd(0.01),
        oneStep(10),
        probes());
  }

  private final Training training = new Training();

  @ParameterizedTest
  @MethodSource("cases")
  void oneBatchedStepEqualsSingleSteps(RunSpec spec) {
    List<Long> seeds = List.of(SEEDS[0], SEEDS[1], SEEDS[2]);
    List<RunResult> batched = training.runSeeds(spec, seeds);
    assertEquals(SEEDS.length, batched.size());
    for (int k = 0; k < SEEDS.length; k++) {
      RunResult alone = training.run(spec, SEEDS[k], null);
      RunResult together = batched.get(k);
      assertEquals(SEEDS[k], together.seed());
      assertEquals(seeds, together.provenance().seedBatch());
      assertFalse(alone.diverged());
      assertFalse(together.diverged());
      sameEpochs("seed " + SEEDS[k], alone.epochs(), together.epochs());
      sameGradients(alone.probes().gradMagnitudes(), together.probes().gradMagnitudes());
      sameNormParams(alone.probes().normParams(), together.probes().normParams());
    }
  }

  static void sameEpochs(String what, List<EpochMetrics> a, List<EpochMetrics> b) {
    assertEquals(a.size(), b.size(), what + ": epochs");
    for (int e = 0; e < a.size(); e++) {
      close(what + " epoch " + e + " train loss", a.get(e).trainLoss(), b.get(e).trainLoss());
      close(what + " train acc", a.get(e).trainAccuracy(), b.get(e).trainAccuracy());
      for (int m = 0; m < a.get(e).test().size(); m++) {
        EvalMetrics x = a.get(e).test().get(m);
        EvalMetrics y = b.get(e).test().get(m);
        close(what + " test loss " + x.mode(), x.loss(), y.loss());
        close(what + " test acc " + x.mode(), x.accuracy(), y.accuracy());
      }
    }
  }

  private static void sameGradients(List<GradMagnitude> a, List<GradMagnitude> b) {
    assertEquals(a.size(), b.size());
    assertTrue(!a.isEmpty());
    for (int i = 0; i < a.size(); i++) {
      if (!Double.isNaN(a.get(i).norm())) {
        close("norm |g|", a.get(i).norm(), b.get(i).norm());
      }
      close("other |g|", a.get(i).other(), b.get(i).other());
    }
  }

  private static void sameNormParams(List<NormParams> a, List<NormParams> b) {
    assertEquals(a.size(), b.size());
    for (int l = 0; l < a.size(); l++) {
      assertEquals(a.get(l).steps(), b.get(l).steps());
      same(a.get(l).layer() + " gamma", a.get(l).gamma(), b.get(l).gamma());
      same(a.get(l).layer() + " beta", a.get(l).beta(), b.get(l).beta());
    }
  }

  private static void same(String what, List<double[]> a, List<double[]> b) {
    assertEquals(a.size(), b.size(), what);
    for (int s = 0; s < a.size(); s++) {
      assertEquals(a.get(s).length, b.get(s).length, what);
      for (int i = 0; i < a.get(s).length; i++) {
        close(what + "[" + i + "] at snapshot " + s, a.get(s)[i], b.get(s)[i]);
      }
    }
  }

  static void close(String what, double a, double b) {
    assertTrue(
        Math.abs(a - b) <= ABS + REL * Math.abs(a), what + ": alone " + a + ", batched " + b);
  }
}
