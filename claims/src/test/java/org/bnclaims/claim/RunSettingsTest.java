package org.bnclaims.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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

  @Test
  void summarizesTheDistinctValuesInFirstSeenOrder() {
    RunSpec base =
        new RunSpec(
            DataSpec.of("cifar10").withSubset(500, 100).withAugmentation(true, 4),
            ModelSpec.of("3c3d").withWidthMultiplier(0.25),
            NormSpec.NONE,
            OptimSpec.sgd(0.01).withMomentum(0.9, false).withWeightDecay(5e-4, "weights"),
            TrainSpec.of(8, 6).withEvalModes(EvalMode.RUNNING, EvalMode.BATCH),
            ProbeSpec.NONE);
    List<RunSpec> specs =
        List.of(
            base,
            base.withNorm(NormSpec.of(NormVariant.BN_GAMMA_BETA)),
            base.withTrain(TrainSpec.of(128, 6).withEvalModes(EvalMode.RUNNING, EvalMode.BATCH)),
            base.withNorm(
                NormSpec.of(NormVariant.BN_PLAIN)
                    .withPlacement(Placement.ALL_PLUS_LAST)
                    .withEpsilon(0.1)));
    assertEquals(
        "cifar10 500/100 per class (train/test), flip, pad-crop 4; 3c3d width x0.25;"
            + " norm NONE, BN_GAMMA_BETA, BN_PLAIN all_plus_last eps 0.1;"
            + " sgd lr 0.01 momentum 0.9 wd 0.0005; batch 8, 128; 6 epochs;"
            + " eval running+batch; 5 seeds (1-5)",
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
