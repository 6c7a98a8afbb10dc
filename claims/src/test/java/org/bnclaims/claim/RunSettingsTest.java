package org.bnclaims.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
import org.junit.jupiter.api.Test;

class RunSettingsTest {

  private static final RunSpec BASE =
      new RunSpec(
          DataSpec.of("cifar10").withSubset(500, 100).withAugmentation(true, 4),
          ModelSpec.of("3c3d").withWidthMultiplier(0.25),
          NormSpec.NONE,
          OptimSpec.sgd(0.01).withMomentum(0.9, false).withWeightDecay(5e-4, "weights"),
          TrainSpec.of(8, 6).withEvalModes(EvalMode.RUNNING, EvalMode.BATCH),
          ProbeSpec.NONE);

  @Test
  void summarizesTheDistinctValuesInFirstSeenOrder() {
    List<RunSpec> specs =
        List.of(
            BASE,
            BASE.withNorm(NormSpec.of(NormVariant.BN_GAMMA_BETA)),
            BASE.withTrain(TrainSpec.of(128, 6).withEvalModes(EvalMode.RUNNING, EvalMode.BATCH)),
            BASE.withNorm(
                NormSpec.of(NormVariant.BN_PLAIN)
                    .withPlacement(Placement.ALL_PLUS_LAST)
                    .withEpsilon(0.1)));
    assertEquals(
        "cifar10 500/100 per class (train/test) flip padCrop 4; 3c3d widthMultiplier 0.25;"
            + " norm NONE, BN_GAMMA_BETA, BN_PLAIN epsilon 0.1 placement(kind ALL_PLUS_LAST);"
            + " sgd lr 0.01 momentum 0.9 weightDecay 0.0005; batch 8, 128; 6 epochs;"
            + " evalModes [RUNNING, BATCH]; 5 seeds (1-5)",
        RunSettings.describe(specs, List.of(1L, 2L, 3L, 4L, 5L)));
  }

  @Test
  void fullSplitsAndSyntheticData() {
    RunSpec s =
        new RunSpec(
            DataSpec.of("fashion-mnist").withSynthetic(true),
            ModelSpec.mlp(256, 256),
            NormSpec.NONE,
            OptimSpec.adam(1e-3),
            TrainSpec.of(64, 1),
            ProbeSpec.NONE);
    assertEquals(
        "synthetic stand-in for fashion-mnist (full); MLP 256-256; norm NONE; adam lr 0.001;"
            + " batch 64; 1 epoch; 3 seeds (1-3)",
        RunSettings.describe(List.of(s), List.of(1L, 2L, 3L)));
  }

  /**
   * The text comes from the canonical JSON, so components no hand-written summary listed show up:
   * the old text had no Adam betas, shortcut, dropout, gamma init, milestones, evaluation batch
   * size, subset seed or probes, and two runs differing only there read alike.
   */
  @Test
  void everyComponentThatDiffersFromItsBaselineIsShown() {
    RunSpec s =
        new RunSpec(
            new DataSpec("cifar10", false, 10, 5, 7L, false, false, 0, 0),
            ModelSpec.of("resnet").withDepth(3).withShortcut("B").withDropout(false),
            NormSpec.of(NormVariant.BN_GAMMA_BETA).withBnOnly(false),
            OptimSpec.adam(1e-3).withAdamBetas(0.5, 0.9, 1e-8).withSteps(0.1, 80, 120),
            TrainSpec.of(128, 160).withEvalBatchSize(512),
            ProbeSpec.NONE.withDeadUnits().withGammaPruning(0.5));
    String text = RunSettings.describe(List.of(s), List.of(1L));
    for (String shown :
        List.of(
            "no normalize",
            "subsetSeed 7",
            "resnet depth 3 no dropout shortcut B",
            "BN_GAMMA_BETA bnOnly gammaInit uniform no outputTrainable",
            "adam lr 0.001 beta1 0.5 beta2 0.9 milestones [80, 120]",
            "evalBatchSize 512",
            "probes deadUnits gammaPruneFraction 0.5")) {
      assertTrue(text.contains(shown), shown + " in " + text);
    }
  }

  @Test
  void profilesParseAndPick() {
    assertEquals(Profile.REDUCED, Profile.parse(null));
    assertEquals(Profile.SMOKE, Profile.parse(" Smoke "));
    assertEquals("gpu", Profile.GPU.pick("smoke", "reduced", "gpu"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Profile.parse("cpu"));
    assertEquals("bn.profile = 'cpu' is not a profile; valid: smoke, reduced, gpu", e.getMessage());
  }
}
