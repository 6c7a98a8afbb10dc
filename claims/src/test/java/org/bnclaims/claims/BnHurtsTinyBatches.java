package org.bnclaims.claims;

import java.util.LinkedHashMap;
import java.util.Map;
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
import org.junit.jupiter.api.Test;

/**
 * Document 004's tables: on Imagenette, a small 4-layer convnet at lr 0.01 reaches 0.46 +- 0.01
 * accuracy without normalization and 0.43 +- 0.04 with BatchNorm at batch size 2, but 0.47 +- 0.01
 * without and 0.59 +- 0.00 with BatchNorm at batch size 128 ("training does not perform as well
 * when the batch size is small").
 *
 * <p>Components (paired by seed, final test accuracy in pp, running statistics): at batch 2, none -
 * BN by at least 1.5 pp (half the tables' 3 pp gap); at batch 128, BN - none by at least 6 pp (half
 * the tables' 12 pp gap). Verdict: intersection-union over both (the sign flip is the claim).
 *
 * <p>Reduced setting (fixed in CLAIMS-PLAN.md before any result was seen): Imagenette resized to 64
 * px, 100 training and 50 test images per class, {@code conv4} at width 0.5, plain SGD lr 0.01, 5
 * epochs, 5 seeds; see {@link Doc004Conv4}. What the source leaves open: the convnet's layers (our
 * {@code conv4}: 4 x [conv3x3 stride 2 -> BN -> ReLU], 32-256 channels), epochs, momentum,
 * augmentation and the notebook's other settings; whether its "accuracy" is validation accuracy (we
 * take Imagenette's val split as test). The source's 3 runs per cell become 5 seeds.
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
    seeds = @Seeds(smoke = 3, reduced = 5, gpu = 10))
class BnHurtsTinyBatches {

  /** Margin at batch 128: half the tables' gap 0.59 - 0.47, in pp. */
  static final double LARGE_BATCH_MARGIN = 6.0;

  @Test
  void bnHurtsAtBatch2AndHelpsAt128(Lab lab, Verdicts verdicts) {
    NormSpec bnNorm = NormSpec.of(NormVariant.BN_GAMMA_BETA);
    Map<String, RunSpec> specs = new LinkedHashMap<>();
    specs.put("BN @ 2", Doc004Conv4.spec(lab.profile(), bnNorm, Doc004Conv4.SMALL_BATCH));
    specs.put("none @ 2", Doc004Conv4.spec(lab.profile(), NormSpec.NONE, Doc004Conv4.SMALL_BATCH));
    specs.put("BN @ 128", Doc004Conv4.spec(lab.profile(), bnNorm, Doc004Conv4.LARGE_BATCH));
    specs.put(
        "none @ 128", Doc004Conv4.spec(lab.profile(), NormSpec.NONE, Doc004Conv4.LARGE_BATCH));
    Map<String, Arm> arms = lab.runAll(specs);
    Map<String, Decision> bars = new LinkedHashMap<>();
    bars.put(
        "batch 2: none - BN",
        verdicts.directional(
            "batch 2: none - BN test acc",
            arms.get("none @ 2").finalTestAccuracyPct(),
            arms.get("BN @ 2").finalTestAccuracyPct()));
    bars.put(
        "batch 128: BN - none",
        verdicts.directional(
            "batch 128: BN - none test acc",
            arms.get("BN @ 128").finalTestAccuracyPct(),
            arms.get("none @ 128").finalTestAccuracyPct(),
            LARGE_BATCH_MARGIN));
    verdicts.chart(
        Charts.estimateBars(
            "Claimed advantage per batch size (90% CI; margins 1.5 and 6 pp)",
            "comparison", "test accuracy difference (pp)", bars));
    verdicts.chart(Charts.testAccuracyCurves(arms.get("BN @ 2"), arms.get("none @ 2")));
    verdicts.chart(Charts.testAccuracyCurves(arms.get("BN @ 128"), arms.get("none @ 128")));
  }
}
