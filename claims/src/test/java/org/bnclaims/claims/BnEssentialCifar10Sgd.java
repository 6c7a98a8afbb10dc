package org.bnclaims.claims;

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
import org.bnclaims.spec.RunSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Document 001 (CIFAR-10): under plain SGD the BatchNorm network learns far faster and the vanilla
 * one is "worthless"; under Adam the gap is smaller but the normalized model "always" has better
 * accuracy.
 *
 * <p>Reduced setting ({@link Doc001Setting}, fixed in docs/CLAIMS-PLAN.md before any result was
 * seen): CIFAR-10 500/100 per class, 3C3D at width 0.5, BN (gamma and beta) on every hidden layer
 * vs none, plain SGD and Adam both at lr 0.01, batch 128, 3 epochs (Revision 2; was 5), 5 seeds;
 * four arms, trained in one executor batch. Two paired directional components on the final test
 * accuracy (running statistics), one JUnit row per optimizer, both required (intersection-union;
 * Holm over both for REFUTED): BN - none under SGD with the claim's margin of 5 pp ("far higher",
 * "worthless"), and BN - none under Adam with 1 pp (the suite's default accuracy margin for "better
 * accuracy").
 *
 * <p>What the source leaves open: the architecture (a convolutional network is implied by the class
 * visualizations; 3C3D is the suite's small CIFAR-10 network), the learning rate, batch size,
 * epochs, data sizes, seeds, and whether SGD used momentum (plain here). The CIFAR-10 files are not
 * bundled: without them the claim is SKIPPED with the data library's message saying what to put
 * where. The gpu profile runs the full CIFAR-10 at full width with the same settings.
 *
 * <p>Exhibits (no verdict), per optimizer: test-accuracy curves of BN and none, and class
 * visualizations (100 gradient-ascent steps on the input from seeded noise, document 001's "model
 * hallucination") for BN and none under SGD and Adam, each from seed 1.
 */
@Claim(
    id = "bn-essential-cifar10-sgd",
    statement =
        "On CIFAR-10 with plain SGD a BatchNorm network reaches far higher test accuracy than a"
            + " vanilla one in the same epochs; with Adam it is still higher",
    source =
        "001_6e19979c683d1281.txt, section 'CIFAR10 Data' ('SGD Optimization', 'Adam"
            + " Optimization')",
    paperSetting =
        "CIFAR-10, BN vs no BN, SGD and Adam with the learning rate, batch size, epochs,"
            + " train/test size and loss fixed across optimizers (values not given); architecture"
            + " and seeds not given",
    margin = 5.0, // accuracy points under SGD (the Adam test passes its own 1 pp)
    alpha = 0.05,
    seeds = @Seeds(smoke = 3, reduced = 5, gpu = 10),
    decidedBy =
        "reduced profile (real CIFAR-10 subset, a few minutes on a CPU); the gpu profile runs"
            + " full CIFAR-10")
class BnEssentialCifar10Sgd {

  /** Margin of the SGD component, the claim's, in accuracy points. */
  static final double SGD_MARGIN = 5.0;

  /** Margin of the Adam component, in accuracy points. */
  static final double ADAM_MARGIN = 1.0;

  /** The two optimizers, each with the margin of its reading ("far higher", "still higher"). */
  static Stream<Arguments> optimizers() {
    return Stream.of(
        argumentSet("SGD: far higher", "SGD", SGD_MARGIN),
        argumentSet("Adam: still higher", "Adam", ADAM_MARGIN));
  }

  /** Regime (Revision 2): BN under SGD must reach twice chance in final test accuracy (%). */
  static final double REGIME_TEST_ACCURACY_PCT = 20;

  /** The four arms train in one executor batch. */
  @BeforeAll
  static void trainEveryArm(Lab lab) {
    lab.prefetch(Doc001Setting.cifar10Arms(lab.profile()).values());
  }

  @ParameterizedTest(name = "{argumentSetName}")
  @MethodSource("optimizers")
  void bnAheadOfNone(String optimizer, double margin, Lab lab, Verdicts verdicts) {
    Map<String, RunSpec> all = Doc001Setting.cifar10Arms(lab.profile());
    Map<String, RunSpec> specs = new LinkedHashMap<>();
    specs.put("BN " + optimizer, all.get("BN " + optimizer));
    specs.put("none " + optimizer, all.get("none " + optimizer));
    Map<String, Arm> ran = lab.runAll(specs);
    Arm bn = ran.get("BN " + optimizer);
    Arm none = ran.get("none " + optimizer);
    if (optimizer.equals("SGD")) {
      verdicts.regime(
          "BN SGD final test accuracy (%)",
          bn.finalTestAccuracyPct(), Regime.atLeast(REGIME_TEST_ACCURACY_PCT));
    }
    verdicts.directional(
        "BN - none test acc, " + optimizer,
        bn.finalTestAccuracyPct(),
        none.finalTestAccuracyPct(),
        margin);
    verdicts.chart(
        Captions.titled(
            Charts.testAccuracyCurves(bn, none),
            "CIFAR-10: test accuracy, BN vs none under " + optimizer + " (band = SD over seeds)"));
    for (Arm arm : ran.values()) {
      verdicts.chart(
          Captions.titled(
              Charts.classVisualizations(arm),
              "CIFAR-10: class visualizations, " + arm.name() + " (seed 1)"));
    }
  }
}
