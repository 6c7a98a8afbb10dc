package org.bnclaims.claims;

import java.util.Map;
import org.bnclaims.claim.Arm;
import org.bnclaims.claim.Charts;
import org.bnclaims.claim.Claim;
import org.bnclaims.claim.Lab;
import org.bnclaims.claim.Regime;
import org.bnclaims.claim.Sample;
import org.bnclaims.claim.Seeds;
import org.bnclaims.claim.Verdicts;
import org.bnclaims.run.RunResult;
import org.junit.jupiter.api.Test;

/**
 * Document 001 (MNIST): under plain SGD the BatchNorm network "consistently starts with a lower
 * loss"; under Adam "the gap between the two models is noticeably smaller".
 *
 * <p>Reduced setting ({@link Doc001Setting}, fixed in docs/CLAIMS-PLAN.md before any result was
 * seen): MNIST 600/180 per class, MLP 784-512-10, BN (gamma and beta) on the hidden layer vs none,
 * plain SGD and Adam both at lr 0.01, batch 64, 3 epochs, 10 seeds; four arms, 40 runs. "Starts
 * with a lower loss" is read as the mean training loss of the first epoch (what a per-epoch
 * training curve shows first). Two components, both required (intersection-union; Holm over both
 * for REFUTED): the paired directional none - BN epoch-1 training loss under SGD with the claim's
 * margin of 0.05 nats, and the interaction, per seed (none - BN under SGD) - (none - BN under
 * Adam), greater than 0.05 nats, i.e. the SGD gap exceeds the Adam gap by at least the same margin.
 *
 * <p>What the source leaves open: the learning rate, batch size, epochs and data sizes (only that
 * they are fixed across optimizers), the hidden width, plain or momentum SGD (plain here), and
 * whether "loss" is training or test loss (training: the figure is titled "Training Curves"). The
 * gpu profile runs the full MNIST with the same settings.
 *
 * <p>Exhibits (no verdict): training-loss curves of the four arms, the first 16 units of the first
 * layer as 28x28 images for BN and none under SGD and Adam (document 001: "We show the first linear
 * layer's weights on a 2D grid"), and class visualizations (100 gradient-ascent steps on the input
 * from seeded noise) for the same four arms, each from seed 1.
 */
@Claim(
    id = "bn-faster-with-sgd",
    statement =
        "On MNIST with plain SGD, a BatchNorm MLP's training loss is lower early in training than"
            + " a vanilla MLP's, and with Adam that gap is smaller",
    source =
        "001_6e19979c683d1281.txt, sections 'MNIST Data', 'SGD Optimization' and 'Adam"
            + " Optimization'",
    paperSetting =
        "MNIST, '2 Layer Neural Network', BN vs no BN, SGD and Adam with the learning rate, batch"
            + " size, epochs, train/test size and loss fixed across optimizers (values not given);"
            + " seeds not given",
    margin = 0.05, // nats of training loss, for the gap and for the interaction
    alpha = 0.05,
    seeds = @Seeds(smoke = 3, reduced = 10, gpu = 10),
    decidedBy = "reduced profile (real MNIST subset, about a minute on a CPU)")
class BnFasterWithSgd {

  @Test
  void bnLowersEarlyLossMoreUnderSgd(Lab lab, Verdicts verdicts) {
    Map<String, Arm> ran = lab.runAll(Doc001Setting.mnistArms(lab.profile()));
    Arm bnSgd = ran.get("BN SGD");
    Arm noneSgd = ran.get("none SGD");
    Arm bnAdam = ran.get("BN Adam");
    Arm noneAdam = ran.get("none Adam");
    verdicts.regime(
        "BN SGD final test accuracy (%)",
        bnSgd.finalTestAccuracyPct(),
        Regime.atLeast(Doc000Grid.regimeTestAccuracyPct(Doc000Grid.Dataset.MNIST)));
    Sample noneSgdLoss = noneSgd.metric(BnFasterWithSgd::firstEpochLoss);
    Sample bnSgdLoss = bnSgd.metric(BnFasterWithSgd::firstEpochLoss);
    verdicts.directional("none - BN epoch-1 training loss, SGD", noneSgdLoss, bnSgdLoss);
    Sample gapSgd = noneSgdLoss.minus(bnSgdLoss, "gap SGD");
    Sample gapAdam =
        noneAdam
            .metric(BnFasterWithSgd::firstEpochLoss)
            .minus(bnAdam.metric(BnFasterWithSgd::firstEpochLoss), "gap Adam");
    verdicts.directional("gap SGD - gap Adam (epoch-1 training loss)", gapSgd, gapAdam);

    verdicts.chart(
        Captions.titled(
            Charts.trainLossCurves(bnSgd, noneSgd, bnAdam, noneAdam),
            "MNIST: training loss, BN vs none under SGD and Adam (band = SD over seeds)"));
    for (Arm arm : ran.values()) {
      verdicts.chart(
          Captions.titled(
              Charts.weightImages(arm),
              "MNIST: first-layer weights, first 16 units, " + arm.name() + " (seed 1)"));
    }
    for (Arm arm : ran.values()) {
      verdicts.chart(
          Captions.titled(
              Charts.classVisualizations(arm),
              "MNIST: class visualizations, " + arm.name() + " (seed 1)"));
    }
  }

  /** Mean training loss of the first epoch (train mode, as optimized). */
  static double firstEpochLoss(RunResult r) {
    return r.epochs().get(0).trainLoss();
  }
}
