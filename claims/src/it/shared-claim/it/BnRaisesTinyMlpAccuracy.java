package it;

import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A user's own claim, written against the published claim API only: BN vs none, tiny MLP, one
 * named row per batch size, and a regime check (the BN arm must learn above chance, 10% on ten
 * classes, for "BN raises accuracy" to mean anything).
 */
@Claim(
    id = "it-bn-raises-tiny-mlp-accuracy",
    statement = "BatchNorm raises the test accuracy of a tiny MLP on MNIST at batch 16 and 32",
    source = "integration test (no seed document)",
    paperSetting = "MNIST, MLP 784-16-10, Adam 1e-3, batch 16 and 32, 1 epoch",
    margin = 1.0, // accuracy points
    alpha = 0.05,
    seeds = @Seeds(smoke = 3, reduced = 3, gpu = 3),
    decidedBy = "reduced profile (real MNIST subset), about a minute on a CPU")
class BnRaisesTinyMlpAccuracy {

  /** One named row per batch size. */
  static Stream<Arguments> batchSizes() {
    return Stream.of(argumentSet("batch 16", 16), argumentSet("batch 32", 32));
  }

  /** Both rows' arms train in one executor batch. */
  @BeforeAll
  static void trainEveryRow(Lab lab) {
    lab.prefetch(arms(16).values());
    lab.prefetch(arms(32).values());
  }

  @ParameterizedTest(name = "{argumentSetName}")
  @MethodSource("batchSizes")
  void bnBeatsNoNormalization(int batch, Lab lab, Verdicts verdicts) {
    Map<String, Arm> ran = lab.runAll(arms(batch));
    Arm bn = ran.get("BN");
    Arm none = ran.get("none");
    verdicts.regime(
        "BN final training accuracy (%)",
        bn.metric(r -> 100 * r.last().trainAccuracy()),
        Regime.atLeast(10));
    verdicts.directional(
        "BN - none @ batch " + batch, bn.finalTestAccuracyPct(), none.finalTestAccuracyPct());
    verdicts.chart(Charts.testAccuracyCurves(bn, none));
  }

  private static Map<String, RunSpec> arms(int batch) {
    RunSpec base =
        new RunSpec(
            DataSpec.of("mnist").withSubset(10, 5), // synthetic in the smoke profile
            ModelSpec.mlp(16),
            NormSpec.NONE,
            OptimSpec.adam(1e-3),
            TrainSpec.of(batch, 1),
            ProbeSpec.NONE);
    Map<String, RunSpec> arms = new LinkedHashMap<>();
    arms.put("BN", base.withNorm(NormSpec.of(NormVariant.BN_GAMMA_BETA)));
    arms.put("none", base.withNorm(NormSpec.NONE));
    return arms;
  }
}
