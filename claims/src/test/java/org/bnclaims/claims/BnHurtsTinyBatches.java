package org.bnclaims.claims;

import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.bnclaims.claim.Arm;
import org.bnclaims.claim.Charts;
import org.bnclaims.claim.Claim;
import org.bnclaims.claim.Lab;
import org.bnclaims.claim.Seeds;
import org.bnclaims.claim.Verdicts;
import org.bnclaims.spec.NormSpec;
import org.bnclaims.spec.NormVariant;
import org.bnclaims.spec.RunSpec;
import org.bnclaims.stats.Decision;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Document 004's tables: on Imagenette, a small 4-layer convnet at lr 0.01 reaches 0.46 +- 0.01
 * accuracy without normalization and 0.43 +- 0.04 with BatchNorm at batch size 2, but 0.47 +- 0.01
 * without and 0.59 +- 0.00 with BatchNorm at batch size 128 ("training does not perform as well
 * when the batch size is small").
 *
 * <p>Components, one JUnit row per batch size (paired by seed, final test accuracy in pp, running
 * statistics): at batch 2, none - BN by at least 1.5 pp (half the tables' 3 pp gap); at batch 128,
 * BN - none by at least 6 pp (half the tables' 12 pp gap). Verdict: intersection-union over both
 * (the sign flip is the claim). Both rows' runs train in one executor batch.
 *
 * <p>Reduced setting (fixed in docs/CLAIMS-PLAN.md before any result was seen): Imagenette resized
 * to 64 px, 100 training and 50 test images per class, {@code conv4} at width 0.5, plain SGD lr
 * 0.01, 15 epochs, 3 seeds (Revision 2; Revision 1 had 5 and 5); see {@link Doc004Conv4}. What the
 * source leaves open: the convnet's layers (our {@code conv4}: 4 x [conv3x3 stride 2 -> BN ->
 * ReLU], 32-256 channels), epochs, momentum, augmentation and the notebook's other settings;
 * whether its "accuracy" is validation accuracy (we take Imagenette's val split as test). The
 * source ran 3 runs per cell, as the reduced profile now does. Regime: BN at batch 128 must reach
 * 20% final test accuracy (twice chance).
 *
 * <p>GPU profile: native 160 px, full Imagenette, full width, 5 epochs.
 */
@Claim(
    id = "bn-hurts-tiny-batches",
    statement =
        "On Imagenette, a small 4-layer convnet (SGD, lr 0.01) with BatchNorm reaches lower test"
            + " accuracy than without normalization at batch size 2, but higher at batch size 128",
    source =
        "004_91c196bd4fe4bd91.txt, sections 'Setting the Baseline' and 'With BatchNorm' (tables)",
    paperSetting =
        "Imagenette (160 px), small 4-layer convnet (layers not given), SGD lr 0.01 (also 0.001),"
            + " batch 2 and 128, 3 runs per cell; epochs, momentum and augmentation not stated (in"
            + " an unshown notebook). Tables: none 0.47 +- 0.01 / BN 0.59 +- 0.00 at batch 128; none"
            + " 0.46 +- 0.01 / BN 0.43 +- 0.04 at batch 2 (lr 0.01)",
    conflicts = {
      "Document 000 finds BN helps MOST at small batches (batch 8, MNIST MLP); document 004 finds"
          + " BN HURTS at batch 2 (Imagenette convnet). This claim follows document 004 at its own"
          + " batch sizes (2 and 128); bn-helps-small-batches follows document 000 at 8-256. The"
          + " two are compatible if BN's benefit turns into harm only below some batch size"
          + " between 2 and 8, which neither claim tests."
    },
    margin = 1.5, // pp at batch 2 (half of 0.46 - 0.43); batch 128 uses 6 pp explicitly
    alpha = 0.05,
    seeds = @Seeds(smoke = 3, reduced = 3, gpu = 10),
    decidedBy = Doc004Conv4.DECIDED_BY)
class BnHurtsTinyBatches {

  /** Margin at batch 2, the claim's: half the tables' gap 0.46 - 0.43, in pp. */
  static final double SMALL_BATCH_MARGIN = 1.5;

  /** Margin at batch 128: half the tables' gap 0.59 - 0.47, in pp. */
  static final double LARGE_BATCH_MARGIN = 6.0;

  static final NormSpec BN = NormSpec.of(NormVariant.BN_GAMMA_BETA);

  /** The tables' two batch sizes, each with the side the source finds ahead and its margin. */
  static Stream<Arguments> batchSizes() {
    return Stream.of(
        argumentSet("batch 2: none ahead", Doc004Conv4.SMALL_BATCH, false, SMALL_BATCH_MARGIN),
        argumentSet("batch 128: BN ahead", Doc004Conv4.LARGE_BATCH, true, LARGE_BATCH_MARGIN));
  }

  /** Both batch sizes train in one executor batch. */
  @BeforeAll
  static void trainBothBatchSizes(Lab lab) {
    lab.prefetch(arms(lab, Doc004Conv4.SMALL_BATCH).values());
    lab.prefetch(arms(lab, Doc004Conv4.LARGE_BATCH).values());
  }

  @ParameterizedTest(name = "{argumentSetName}")
  @MethodSource("batchSizes")
  void theSideAheadDependsOnTheBatchSize(
      int batch, boolean bnAhead, double margin, Lab lab, Verdicts verdicts) {
    Map<String, Arm> arms = lab.runAll(arms(lab, batch));
    Arm bn = arms.get("BN @ " + batch);
    Arm none = arms.get("none @ " + batch);
    if (batch == Doc004Conv4.LARGE_BATCH) {
      Doc004Conv4.reachesRegime(bn, verdicts); // BN at the tables' usual batch is the reference
    }
    Arm ahead = bnAhead ? bn : none;
    Arm behind = bnAhead ? none : bn;
    String comparison = bnAhead ? "BN - none" : "none - BN";
    Decision d =
        verdicts.directional(
            "batch " + batch + ": " + comparison + " test acc",
            ahead.finalTestAccuracyPct(),
            behind.finalTestAccuracyPct(),
            margin);
    verdicts.chart(
        Charts.estimateBars(
            "Claimed advantage at batch " + batch + " (90% CI; margin " + margin + " pp)",
            "comparison",
            "test accuracy difference (pp)",
            Map.of("batch " + batch + ": " + comparison, d)));
    verdicts.chart(Charts.testAccuracyCurves(bn, none));
  }

  /** BN and none at {@code batch}. */
  private static Map<String, RunSpec> arms(Lab lab, int batch) {
    Map<String, RunSpec> specs = new LinkedHashMap<>();
    specs.put("BN @ " + batch, Doc004Conv4.spec(lab.profile(), BN, batch));
    specs.put("none @ " + batch, Doc004Conv4.spec(lab.profile(), NormSpec.NONE, batch));
    return specs;
  }
}
