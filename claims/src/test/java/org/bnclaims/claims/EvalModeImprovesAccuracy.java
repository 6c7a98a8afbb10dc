package org.bnclaims.claims;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bnclaims.claim.Arm;
import org.bnclaims.claim.Claim;
import org.bnclaims.claim.Lab;
import org.bnclaims.claim.Regime;
import org.bnclaims.claim.Seeds;
import org.bnclaims.claim.Verdicts;
import org.bnclaims.run.RunResult;
import org.bnclaims.spec.EvalMode;
import org.bnclaims.verdict.Chart;
import org.bnclaims.verdict.Series;
import org.junit.jupiter.api.Test;

/**
 * Document 000: a BatchNorm network tested in eval mode (running mean and variance, {@code
 * model.eval()}) is more accurate than the same network tested without it (each test batch
 * normalized with its own statistics).
 *
 * <p>Reduced setting: the BN arm of document 000's MNIST grid at batch 32 ({@link Doc000Grid}:
 * MNIST 600/180 per class, MLP 784-512-10 with BN (gamma and beta) on the hidden layer, Adam 1e-3,
 * 5 epochs, 10 seeds; the same runs as {@code bn-helps-small-batches}, served by the run cache).
 * Every trained model is evaluated both ways after its last epoch, so the comparison is paired
 * within each model: one component, the directional final test accuracy RUNNING - BATCH with a
 * margin of 0.5 pp. The margin is half the suite's default accuracy margin because the two numbers
 * come from the same weights (no training noise between them); it was fixed in docs/CLAIMS-PLAN.md
 * before any result was seen.
 *
 * <p>How the two modes map to PyTorch: {@link EvalMode#RUNNING} is {@code model.eval()}; {@link
 * EvalMode#BATCH} normalizes each test batch (256 images, the default evaluation batch; the last
 * batch of the 1,800 test images has 8) with its own mean and variance, which is what the outputs
 * of a network left in train mode are. PyTorch would also update the running statistics during such
 * a test; that changes no output of that test (train-mode outputs never read them), so BATCH leaves
 * them untouched. The MLP has no dropout, so nothing else differs between the modes.
 *
 * <p>What the source leaves open: the batch size and evaluation batch size of this experiment (32
 * and 256 here), the architecture, learning rate and epochs. The source repeats the finding for its
 * second dataset ("the magnitude of the improvement is modest, and ... it is unclear whether the
 * observed difference is statistically significant"); the plan tests the MNIST statement only,
 * which is the one the source states without reservation. The gpu profile runs the full MNIST.
 */
@Claim(
    id = "eval-mode-improves-accuracy",
    statement =
        "A BatchNorm MLP on MNIST tests more accurately in eval mode (running statistics) than"
            + " with each test batch normalized by its own statistics",
    source =
        "000_aa12a45432744ee0.txt, section 'BatchNorm in Evaluation Mode VS in Non-Evaluation"
            + " Mode'",
    paperSetting =
        "MNIST, BN network tested with and without model.eval(); Adam, cross-entropy; batch"
            + " size, test batch size, learning rate, architecture, epochs and seeds not given",
    margin = 0.5, // accuracy points, paired within each trained model
    alpha = 0.05,
    seeds = @Seeds(smoke = 3, reduced = 10, gpu = 10),
    decidedBy = "reduced profile (real MNIST subset, about a minute on a CPU)")
class EvalModeImprovesAccuracy {

  /** The grid cell this claim reads. */
  static final int BATCH = 32;

  @Test
  void runningStatisticsBeatBatchStatistics(Lab lab, Verdicts verdicts) {
    Arm bn = lab.run("BN b" + BATCH, Doc000Grid.mnist(lab.profile(), Doc000Grid.BN, BATCH));
    verdicts.regime(
        "BN @ batch " + BATCH + " final test accuracy, running statistics (%)",
        bn.finalTestAccuracyPct(EvalMode.RUNNING),
        Regime.atLeast(Doc000Grid.regimeTestAccuracyPct(Doc000Grid.Dataset.MNIST)));
    verdicts.directional(
        "RUNNING - BATCH test acc (BN @ batch " + BATCH + ")",
        bn.finalTestAccuracyPct(EvalMode.RUNNING).named("RUNNING"),
        bn.finalTestAccuracyPct(EvalMode.BATCH).named("BATCH"));
    verdicts.chart(modeCurves(bn));
  }

  /** Test accuracy per epoch under each eval mode of the arm, mean with an SD band over seeds. */
  static Chart modeCurves(Arm arm) {
    List<EvalMode> modes = arm.spec().train().evalModes();
    List<Series> series = new ArrayList<>();
    int epochs = arm.results().stream().mapToInt(r -> r.epochs().size()).max().orElse(0);
    for (int m = 0; m < modes.size(); m++) {
      List<Double> x = new ArrayList<>();
      List<Double> y = new ArrayList<>();
      List<Double> lo = new ArrayList<>();
      List<Double> hi = new ArrayList<>();
      for (int e = 0; e < epochs; e++) {
        double[] v = new double[arm.results().size()];
        int n = 0;
        for (RunResult r : arm.results()) {
          if (r.epochs().size() > e) {
            v[n++] = 100 * r.epochs().get(e).test().get(m).accuracy();
          }
        }
        double[] values = Arrays.copyOf(v, n);
        double mean = Arrays.stream(values).average().orElse(Double.NaN);
        double ss = Arrays.stream(values).map(a -> (a - mean) * (a - mean)).sum();
        double sd = n > 1 ? Math.sqrt(ss / (n - 1)) : 0;
        x.add((double) (e + 1));
        y.add(mean);
        lo.add(mean - sd);
        hi.add(mean + sd);
      }
      series.add(new Series(modes.get(m).name(), x, y, lo, hi));
    }
    return new Chart(
        "line",
        "MNIST, BN at batch " + BATCH + ": test accuracy by eval mode (band = SD over seeds)",
        "epoch",
        "test accuracy (%)",
        false,
        List.of(),
        series,
        null,
        0,
        List.of());
  }
}
