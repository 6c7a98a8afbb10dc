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
import org.bnclaims.spec.NormSpec;
import org.bnclaims.spec.NormVariant;
import org.bnclaims.spec.RunSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Claim 7 of docs/CLAIMS-PLAN.md: for 3C3D, normalization alone (BN_PLAIN) trains as well as BN
 * with gamma and beta (BN_GAMMA_BETA). One TOST per dataset on final training accuracy, margin 1.0
 * pp, paired by seed, one JUnit row per dataset: (a) CIFAR-10 3C3D, lr 0.022, batch 128; (b)
 * CIFAR-100 3C3D, lr 0.166, batch 256. Both must hold (intersection-union); a dataset whose files
 * are missing is a skipped row, named in the reason, and the claim decides on the other; with
 * neither, the claim is SKIPPED with the data library's messages. Both datasets train in one
 * executor batch.
 *
 * <p>Reduced setting (fixed in the plan): 3C3D width 0.5 (BN before the ReLU of conv1..3 and
 * dense1..2, the thesis' five slots), CIFAR-10 500/100 or CIFAR-100 50/20 images per class, SGD
 * (momentum 0, no L2), 3 epochs (Revision 2; was 10), 5 seeds; 20 runs. Only the two compared arms
 * run (the thesis also shows BN_GAMMA, BN_BETA and vanilla, which this claim does not test). The
 * source leaves open seeds (one) and what "no significant effect ... up to stochastic training
 * noise" means numerically: the 1 pp margin is the plan's. gpu profile = the paper setting: full
 * width and data, CIFAR-10 100 epochs, CIFAR-100 350 epochs, 10 seeds.
 */
@Claim(
    id = "affine-irrelevant-3c3d",
    statement =
        "For the 3C3D network on CIFAR-10 and on CIFAR-100, BatchNorm without its learnable gamma"
            + " and beta trains to the same accuracy as the original BatchNorm.",
    source =
        Doc002.FILE
            + ", sections 4.1.1 'The Role of the Learnable Parameters' (Figures 4.1a, 4.1b) and"
            + " 4.1.2",
    paperSetting =
        "DeepOBS 3C3D (Xavier init, biases 0) with BN before the ReLU of conv1..3 and dense1..2,"
            + " variants + vanilla; CIFAR-10: SGD lr 0.022, batch 128, 100 epochs; CIFAR-100: SGD"
            + " lr 0.166, batch 256, 350 epochs (Table 3.1); DeepOBS augmentation; training"
            + " loss/accuracy curves of one seed. Unspecified: seeds (one), any test or margin.",
    conflicts = {
      "CIFAR-10 learning rate: Table 3.1 says 0.022, Figure 4.1a's caption 0.023, the yaml"
          + " 0.022610510812765. Followed: Table 3.1, 0.022.",
      Doc002.CONFLICT_LR_EPOCHS,
      Doc002.CONFLICT_L2,
      Doc002.CONFLICT_METRIC,
      Doc002.CONFLICT_AUGMENTATION
    },
    margin = 1.0, // pp of final training accuracy, each TOST
    alpha = 0.05,
    seeds = @Seeds(smoke = 3, reduced = 5, gpu = 10),
    decidedBy =
        "reduced profile (real CIFAR-10 and CIFAR-100 subsets, a few minutes on a CPU); the gpu"
            + " profile runs the thesis' 100 and 350 epochs on the full datasets")
class AffineIrrelevant3c3d {

  /** The two datasets of Figures 4.1a and 4.1b. */
  enum Dataset {
    CIFAR_10("CIFAR-10", false, 20),
    CIFAR_100("CIFAR-100", true, 10);

    final String label;
    final boolean cifar100;

    /**
     * Regime (Revision 2): BN_GAMMA_BETA's final training accuracy (%) must reach twice chance on
     * CIFAR-10, ten times chance on CIFAR-100.
     */
    final double regimeTrainAccPct;

    Dataset(String label, boolean cifar100, double regimeTrainAccPct) {
      this.label = label;
      this.cifar100 = cifar100;
      this.regimeTrainAccPct = regimeTrainAccPct;
    }

    @Override
    public String toString() {
      return label;
    }
  }

  /** Both datasets train in one executor batch. */
  @BeforeAll
  static void trainBothDatasets(Lab lab) {
    for (Dataset d : Dataset.values()) {
      lab.prefetch(arms(lab, d).values());
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Dataset.class)
  void plainNormalizationMatchesFullBn(Dataset ds, Lab lab, Verdicts verdicts) {
    Map<String, Arm> arms = lab.runAll(arms(lab, ds));
    Arm full = arms.get(ds + " BN_GAMMA_BETA");
    Arm plain = arms.get(ds + " BN_PLAIN");
    verdicts.regime(
        ds + ": BN_GAMMA_BETA final training accuracy (%)",
        Doc002.trainAccPct(full),
        Regime.atLeast(ds.regimeTrainAccPct));
    verdicts.noEffect(
        ds + ": BN_PLAIN - BN_GAMMA_BETA", Doc002.trainAccPct(plain), Doc002.trainAccPct(full));
    verdicts.note(Doc002.testAccuracyNote(ds + " 3C3D", arms.values()));
    verdicts.chart(
        Doc002Charts.trainAccuracyCurves(
            "Training accuracy, " + ds + " 3C3D, lr " + full.spec().optim().lr(), full, plain));
    verdicts.chart(Charts.trainLossCurves(full, plain));
  }

  /** Full BN and normalization alone on {@code ds}. */
  private static Map<String, RunSpec> arms(Lab lab, Dataset ds) {
    Map<String, RunSpec> specs = new LinkedHashMap<>();
    for (NormVariant v : new NormVariant[] {NormVariant.BN_GAMMA_BETA, NormVariant.BN_PLAIN}) {
      specs.put(ds + " " + v.name(), Doc002.threeC3d(lab.profile(), ds.cifar100, NormSpec.of(v)));
    }
    return specs;
  }
}
