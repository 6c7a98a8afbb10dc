package org.bnclaims.claims;

import java.util.Map;
import org.bnclaims.claim.Arm;
import org.bnclaims.claim.Charts;
import org.bnclaims.claim.Claim;
import org.bnclaims.claim.Lab;
import org.bnclaims.claim.Sample;
import org.bnclaims.claim.Seeds;
import org.bnclaims.claim.Verdicts;
import org.junit.jupiter.api.Test;

/**
 * Claim 8 of docs/CLAIMS-PLAN.md. Runs the five arms of the thesis' Figure 4.1c: ALL-CNN-C on
 * CIFAR-100 with BN before the ReLU of conv1..conv8 as BN_GAMMA_BETA, BN_BETA, BN_GAMMA, BN_PLAIN,
 * and the vanilla network (NONE). Two tests:
 *
 * <ul>
 *   <li>the ordering chain BN_GAMMA_BETA > BN_BETA > BN_GAMMA > BN_PLAIN, each adjacent step by at
 *       least 1.0 pp of final training accuracy (the text: "BN introduces the least benefits",
 *       "BN_gamma can slightly accelerate ..., but BN_beta overtakes this improvement", "the most
 *       beneficial effect ... both gamma and beta"); wider pairs can only refute;
 *   <li>BN_PLAIN ends near vanilla: TOST on BN_PLAIN - NONE within 2.0 pp ("converges to a similar
 *       training loss and accuracy as the Vanilla model").
 * </ul>
 *
 * <p>Reduced setting (fixed in the plan): width 0.25, CIFAR-100 50 training and 20 test images per
 * class, SGD lr 0.166 (momentum 0, no L2), batch 256, 5 epochs, dropout on, 3 seeds (Revision 2; 15
 * runs). The metric is the final epoch's training accuracy because the thesis compares training
 * performance (section 3.2); test accuracy is reported in a note and a chart. The BN_GAMMA_BETA arm
 * records gamma and beta every 5 steps (as the thesis did) for the heatmaps, and claim 11
 * (bn-param-sign-pattern) reuses exactly these runs (same spec via {@link Doc002#fig41c}).
 *
 * <p>The source leaves open how many seeds (one, 4842821), and what "significant" means (no test is
 * reported): the margins are the plan's. gpu profile = the paper setting: full width, all 50,000
 * training images with pad-2 crop and flip, lr 0.166, batch 256, 350 epochs, 10 seeds (snapshots
 * once per epoch there, see {@link Doc002#GPU_SNAPSHOT_EVERY}).
 *
 * <p>Regime (docs/CLAIMS-PLAN.md, Revision 2): the shared BN_GAMMA_BETA arm of Figure 4.1c must
 * reach 10% final training accuracy on CIFAR-100 ({@link Doc002#allCnnCReachesRegime}); otherwise
 * the claim is INCONCLUSIVE and its other arms are not trained. The pilots show the reduced setting
 * cannot reach it, so the reduced verdict is INCONCLUSIVE and the gpu profile decides.
 */
@Claim(
    id = "beta-matters-allcnnc",
    statement =
        "On CIFAR-100 ALL-CNN-C, BatchNorm's learnable parameters matter: BN with gamma and beta"
            + " trains to a higher accuracy than BN with beta only, which beats BN with gamma"
            + " only, which beats normalization alone; normalization alone ends near the vanilla"
            + " network.",
    source = Doc002.FILE + ", section 4.1.1 'The Role of the Learnable Parameters', Figure 4.1c",
    paperSetting =
        "CIFAR-100 (DeepOBS, 40k training images, pad-2 crop, flip, colour jitter), ALL-CNN-C"
            + " (DeepOBS, Xavier-normal weights, conv biases 0.0), BN before the ReLU of conv1..8"
            + " in four variants + vanilla; SGD lr 0.166 (Table 3.1), batch 256, 350 epochs;"
            + " judged on training loss/accuracy curves of one seed. Unspecified: seeds (one),"
            + " any test or margin.",
    conflicts = {
      Doc002.CONFLICT_LR_EPOCHS,
      Doc002.CONFLICT_L2,
      Doc002.CONFLICT_BIAS,
      Doc002.CONFLICT_METRIC,
      Doc002.CONFLICT_AUGMENTATION
    },
    margin = 1.0, // pp of final training accuracy, each step of the chain
    alpha = 0.05,
    seeds = @Seeds(smoke = 3, reduced = 3, gpu = 10),
    decidedBy = "gpu profile: 5 arms x 10 seeds, about 40 GPU-hours" + Doc002.GPU_COST_NOTE)
class BetaMattersAllcnnc {

  /** "Converges to a similar training loss and accuracy as the Vanilla model": within 2.0 pp. */
  static final double NEAR_VANILLA_PP = 2.0;

  @Test
  void learnableParametersOrderTheVariants(Lab lab, Verdicts verdicts) {
    if (!Doc002.allCnnCReachesRegime(lab, verdicts)) {
      return; // INCONCLUSIVE: the other four arms could decide nothing here
    }
    Map<String, Arm> arms = lab.runAll(Doc002.fig41cArms(lab.profile()));
    Arm none = arms.get("NONE");
    Arm plain = arms.get("BN_PLAIN");
    Arm gamma = arms.get("BN_GAMMA");
    Arm beta = arms.get("BN_BETA");
    Arm gammaBeta = arms.get("BN_GAMMA_BETA");
    Sample accGammaBeta = Doc002.trainAccPct(gammaBeta);
    Sample accBeta = Doc002.trainAccPct(beta);
    Sample accGamma = Doc002.trainAccPct(gamma);
    Sample accPlain = Doc002.trainAccPct(plain);
    Sample accNone = Doc002.trainAccPct(none);

    verdicts.ordering(accGammaBeta, accBeta, accGamma, accPlain);
    verdicts.noEffect("BN_PLAIN - NONE (near vanilla)", accPlain, accNone, NEAR_VANILLA_PP);

    verdicts.note(Doc002.testAccuracyNote("Figure 4.1c", arms.values()));
    Arm[] all = {gammaBeta, beta, gamma, plain, none};
    verdicts.chart(
        Doc002Charts.trainAccuracyCurves("Training accuracy, CIFAR-100 ALL-CNN-C, lr 0.166", all));
    verdicts.chart(Charts.trainLossCurves(all));
    verdicts.chart(Charts.testAccuracyCurves(all));
    Doc002Charts.allHeatmaps(gammaBeta).forEach(verdicts::chart);
  }
}
