package org.bnclaims.claims;

import java.util.Map;
import org.bnclaims.claim.Arm;
import org.bnclaims.claim.Charts;
import org.bnclaims.claim.Claim;
import org.bnclaims.claim.Lab;
import org.bnclaims.claim.Sample;
import org.bnclaims.claim.Seeds;
import org.bnclaims.claim.Verdicts;
import org.bnclaims.stats.Decision;
import org.junit.jupiter.api.Test;

/**
 * Frankle et al.'s observation as document 003 section 2 reports it: in a BN-only-trained ResNet
 * many gammas are near zero, and "if those values are clamped to zero it doesn't negatively affect
 * the network".
 *
 * <p>Test: on the ResNet-20 (n = 3) BN-only runs of {@code bn-only-training-expressive} (the same
 * specs, from {@link Doc003BnOnly}, so the run cache serves them), the gamma-pruning probe zeroes
 * the 20% of all gammas (pooled over every BN layer) with the smallest absolute value after
 * training and measures the test accuracy again with running statistics. TOST, paired by seed:
 * pruned - full test accuracy lies within +-2.0 pp.
 *
 * <p>Reduced setting: as {@code bn-only-training-expressive} at n = 3 (CIFAR-10 200/100 per class
 * (Revision 2; was 500/100), width 1, 5 epochs, 5 seeds). What the source leaves open: which
 * fraction Frankle et al. zeroed (document 003 says only "very small in many cases"); the plan
 * fixes 20%. Whether the pruning threshold is per layer or global is not stated; we pool all layers
 * (global).
 *
 * <p>GPU profile: the n = 3 runs of that claim's GPU profile (full CIFAR-10, 160 epochs).
 */
@Claim(
    id = "small-gamma-prunable",
    statement =
        "Zeroing the 20% smallest |gamma| of a BN-only-trained CIFAR-10 ResNet-20 changes its test"
            + " accuracy by less than 2 percentage points",
    source = "003_9e304221cecf05e4.txt, section '2. Related Works' (Frankle et al., 2020)",
    paperSetting =
        "Frankle et al. 2020 via document 003: BN-only-trained CIFAR ResNets; gammas that are 'very"
            + " small' clamped to zero 'doesn't negatively affect the network' (fraction and"
            + " per-layer vs global threshold not stated); training schedule as document 003"
            + " section 5",
    margin = 2.0, // pp of test accuracy
    alpha = 0.05,
    seeds = @Seeds(smoke = 3, reduced = 5, gpu = 10),
    decidedBy = Doc003BnOnly.DECIDED_BY)
class SmallGammaPrunable {

  private static final int DEPTH = 3;

  @Test
  void pruningSmallGammasKeepsAccuracy(Lab lab, Verdicts verdicts) {
    String name = BnOnlyTrainingExpressive.name(DEPTH);
    Arm arm = lab.run(name, Doc003BnOnly.spec(lab.profile(), DEPTH));
    Doc003BnOnly.reachesRegime(arm, verdicts);
    Sample full = arm.finalTestAccuracyPct().named("full");
    Sample pruned = arm.metric(r -> 100 * r.probes().prunedAccuracy()).named("20% pruned");
    Decision d = verdicts.noEffect("pruned - full test acc", pruned, full);
    verdicts.chart(
        Charts.estimateBars(
            "Test accuracy change after zeroing the 20% smallest |gamma| (90% CI, "
                + name
                + ", BN-only)",
            "comparison",
            "pruned - full (pp)",
            Map.of("pruned - full", d)));
  }
}
