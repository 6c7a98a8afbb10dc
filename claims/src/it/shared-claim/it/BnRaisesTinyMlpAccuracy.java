package it;

import java.util.LinkedHashMap;
import java.util.Map;
import org.bnclaims.claim.Arm;
import org.bnclaims.claim.Charts;
import org.bnclaims.claim.Claim;
import org.bnclaims.claim.Lab;
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

/** A user's own claim, written against the published claim API only: BN vs none, tiny MLP. */
@Claim(
    id = "it-bn-raises-tiny-mlp-accuracy",
    statement = "BatchNorm raises the test accuracy of a tiny MLP on MNIST",
    source = "integration test (no seed document)",
    paperSetting = "MNIST, MLP 784-16-10, Adam 1e-3, batch 32, 1 epoch",
    margin = 1.0, // accuracy points
    alpha = 0.05,
    seeds = @Seeds(smoke = 3, reduced = 3, gpu = 3))
class BnRaisesTinyMlpAccuracy {

  @Test
  void bnBeatsNoNormalization(Lab lab, Verdicts verdicts) {
    RunSpec base =
        new RunSpec(
            DataSpec.of("mnist").withSubset(10, 5), // synthetic in the smoke profile
            ModelSpec.mlp(16),
            NormSpec.NONE,
            OptimSpec.adam(1e-3),
            TrainSpec.of(32, 1),
            ProbeSpec.NONE);
    Map<String, RunSpec> arms = new LinkedHashMap<>();
    arms.put("BN", base.withNorm(NormSpec.of(NormVariant.BN_GAMMA_BETA)));
    arms.put("none", base.withNorm(NormSpec.NONE));
    Map<String, Arm> ran = lab.runAll(arms);
    Arm bn = ran.get("BN");
    Arm none = ran.get("none");
    verdicts.directional("BN - none", bn.finalTestAccuracyPct(), none.finalTestAccuracyPct());
    verdicts.chart(Charts.testAccuracyCurves(bn, none));
  }
}
