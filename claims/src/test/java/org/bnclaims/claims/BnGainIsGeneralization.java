package org.bnclaims.claims;

import java.util.LinkedHashMap;
import java.util.Map;
import org.bnclaims.claim.Arm;
import org.bnclaims.claim.Charts;
import org.bnclaims.claim.Claim;
import org.bnclaims.claim.Lab;
import org.bnclaims.claim.Regime;
import org.bnclaims.claim.Seeds;
import org.bnclaims.claim.Verdicts;
import org.bnclaims.spec.RunSpec;
import org.junit.jupiter.api.Test;

/**
 * Document 000: BatchNorm's advantage at small batch sizes shows in test accuracy but "is not seen
 * in the training loss", which the source reads as better generalization.
 *
 * <p>Reduced setting: the batch-8 cell of document 000's MNIST grid ({@link Doc000Grid}: MNIST
 * 600/180 per class, MLP 784-512-10, BN with gamma and beta vs none, Adam 1e-3, 5 epochs, 10 seeds;
 * the very runs of {@code bn-helps-small-batches}, served by the run cache). Batch 8 is where the
 * source reports the largest test-accuracy gap, so it is where a matching training-loss gap would
 * have to show. Two components, both required (intersection-union): the paired directional BN -
 * none final test accuracy (running statistics) with the claim's margin of 1.0 pp, and a paired
 * equivalence test (TOST) that the final-epoch mean training loss of BN and none differ by less
 * than 0.05 nats (fixed in docs/CLAIMS-PLAN.md before any result was seen: a twentieth of a nat is
 * a difference nobody would call "seen" on a training-loss plot that starts near ln 10 = 2.3).
 *
 * <p>What the source leaves open: what "not seen in the training loss" means quantitatively; the
 * reading here is "no difference larger than 0.05 nats in the final training loss". The training
 * loss is the mean minibatch loss of the last epoch in train mode (as optimized), which is what a
 * PyTorch training curve shows. The source's plot covers only MNIST (the CIFAR-10 results mention
 * no training loss), so this claim has no CIFAR-10 arm. The gpu profile runs the full MNIST at full
 * width.
 */
@Claim(
    id = "bn-gain-is-generalization",
    statement =
        "At batch 8, BatchNorm's MNIST test-accuracy gain is not matched by a difference in"
            + " training loss: the gain is better generalization",
    source =
        "000_aa12a45432744ee0.txt, section 'Performance of NN using BatchNorm vs Non BatchNorm"
            + " Across different Batch Sizes' ('This behavior is not seen in the training loss')",
    paperSetting =
        "MNIST, BN vs no BN, Adam, cross-entropy, batch sizes 8, 32, 128, 256; learning rate and"
            + " train/test size fixed but not given; architecture, epochs and seeds not given",
    margin = 1.0, // accuracy points (the training-loss TOST passes its own 0.05 nats)
    alpha = 0.05,
    seeds = @Seeds(smoke = 3, reduced = 10, gpu = 10),
    decidedBy = "reduced profile (real MNIST subset, about a minute on a CPU)")
class BnGainIsGeneralization {

  /** Equivalence margin on the final training loss, in nats. */
  static final double LOSS_MARGIN = 0.05;

  @Test
  void testGainWithoutTrainingLossGain(Lab lab, Verdicts verdicts) {
    Map<String, RunSpec> arms = new LinkedHashMap<>();
    arms.put("BN", Doc000Grid.mnist(lab.profile(), Doc000Grid.BN, 8));
    arms.put("none", Doc000Grid.mnist(lab.profile(), Doc000Grid.NONE, 8));
    Map<String, Arm> ran = lab.runAll(arms);
    Arm bn = ran.get("BN");
    Arm none = ran.get("none");
    verdicts.regime(
        "BN @ batch 8 final test accuracy (%)",
        bn.finalTestAccuracyPct(),
        Regime.atLeast(Doc000Grid.regimeTestAccuracyPct(Doc000Grid.Dataset.MNIST)));
    verdicts.directional(
        "BN - none test acc @ batch 8", bn.finalTestAccuracyPct(), none.finalTestAccuracyPct());
    verdicts.noEffect(
        "BN - none final training loss @ batch 8",
        bn.finalTrainLoss(),
        none.finalTrainLoss(),
        LOSS_MARGIN);
    verdicts.chart(
        Captions.titled(
            Charts.trainLossCurves(bn, none),
            "MNIST batch 8: training loss (band = SD over seeds)"));
    verdicts.chart(
        Captions.titled(
            Charts.testAccuracyCurves(bn, none),
            "MNIST batch 8: test accuracy, running statistics (band = SD over seeds)"));
  }
}
