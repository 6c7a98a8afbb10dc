package org.bnclaims.claims.example;

import java.util.LinkedHashMap;
import java.util.Map;
import org.bnclaims.claim.Arm;
import org.bnclaims.claim.Charts;
import org.bnclaims.claim.Claim;
import org.bnclaims.claim.Lab;
import org.bnclaims.claim.Regime;
import org.bnclaims.claim.Seeds;
import org.bnclaims.claim.Verdicts;
import org.bnclaims.spec.DataSpec;
import org.bnclaims.spec.ModelSpec;
import org.bnclaims.spec.NormSpec;
import org.bnclaims.spec.NormVariant;
import org.bnclaims.spec.OptimSpec;
import org.bnclaims.spec.ProbeSpec;
import org.bnclaims.spec.RunSpec;
import org.bnclaims.spec.TrainSpec;
import org.junit.jupiter.api.Test;

/**
 * The README's example of a user's own hypothesis (Fashion-MNIST is in no seed document). The
 * reduced setting was fixed before any result was seen: 200 training and 100 test images per class,
 * MLP 256-256, Adam 1e-3, batch 64, 3 epochs, 5 seeds.
 */
@Claim(
    id = "bn-raises-fashion-mnist-accuracy",
    statement = "BatchNorm raises the test accuracy of an MLP on Fashion-MNIST",
    source = "README example (no seed document)",
    paperSetting = "Fashion-MNIST 60k/10k, MLP 784-256-256-10, Adam 1e-3, batch 64, 10 epochs",
    margin = 1.0, // accuracy points
    alpha = 0.05,
    seeds = @Seeds(smoke = 3, reduced = 5, gpu = 10),
    decidedBy = "reduced profile (real Fashion-MNIST, under a minute on a CPU)")
class BnRaisesFashionMnistAccuracy {

  @Test
  void bnBeatsNoNormalization(Lab lab, Verdicts verdicts) {
    RunSpec base =
        lab.profile()
            .pick(
                mlp(DataSpec.of("fashion-mnist").withSubset(20, 10), 32, 1), // synthetic in smoke
                mlp(DataSpec.of("fashion-mnist").withSubset(200, 100), 256, 3),
                mlp(DataSpec.of("fashion-mnist"), 256, 10));
    Map<String, RunSpec> arms = new LinkedHashMap<>();
    arms.put("BN", base.withNorm(NormSpec.of(NormVariant.BN_GAMMA_BETA)));
    arms.put("none", base.withNorm(NormSpec.NONE));
    Map<String, Arm> ran = lab.runAll(arms); // one batch: both arms train in parallel
    Arm bn = ran.get("BN");
    Arm none = ran.get("none");
    // The finding needs a network that learned: a linear model reaches about 84%.
    verdicts.regime("BN final test accuracy (%)", bn.finalTestAccuracyPct(), Regime.atLeast(75));
    verdicts.directional("BN - none", bn.finalTestAccuracyPct(), none.finalTestAccuracyPct());
    verdicts.chart(Charts.testAccuracyCurves(bn, none));
  }

  private static RunSpec mlp(DataSpec data, int width, int epochs) {
    return new RunSpec(
        data,
        ModelSpec.mlp(width, width),
        NormSpec.NONE,
        OptimSpec.adam(1e-3),
        TrainSpec.of(64, epochs),
        ProbeSpec.NONE);
  }
}
