package org.bnclaims.claims;

import java.util.List;
import org.bnclaims.claim.Profile;
import org.bnclaims.spec.DataSpec;
import org.bnclaims.spec.EvalMode;
import org.bnclaims.spec.ModelSpec;
import org.bnclaims.spec.NormSpec;
import org.bnclaims.spec.NormVariant;
import org.bnclaims.spec.OptimSpec;
import org.bnclaims.spec.ProbeSpec;
import org.bnclaims.spec.RunSpec;
import org.bnclaims.spec.TrainSpec;

/**
 * The one place that builds document 000's experiment grid, so that the four claims reading it
 * ({@code bn-helps-small-batches}, {@code bn-gain-is-generalization}, {@code
 * eval-mode-improves-accuracy}, {@code bn-prevents-dead-units}) run byte-identical specs and the
 * run cache trains each (spec, seed) once for all of them. Every spec evaluates in both {@link
 * EvalMode#RUNNING} (headline) and {@link EvalMode#BATCH} and switches on the dead-unit and
 * weight-image probes, whether or not the calling claim needs them: that is what keeps the hashes
 * equal.
 *
 * <p>Settings (docs/CLAIMS-PLAN.md, "Doc-000 MNIST grid" and Revision 2, fixed before any result
 * they govern was seen):
 *
 * <ul>
 *   <li>MNIST: 600 training / 180 test images per class (the smallest class of the 8,000/2,000
 *       local set has 673/181), standardized; MLP 784-512-10 (document 000 names no architecture;
 *       its sibling document 001 uses a "2 Layer Neural Network" on MNIST), BatchNorm with
 *       trainable gamma and beta on the hidden layer vs none; Adam lr 1e-3 (document 000 fixes one
 *       learning rate, value not given: PyTorch's default); batch 8, 32, 128, 256; 5 epochs.
 *   <li>CIFAR-10 (document 000's unnamed "more complicated dataset", taken as CIFAR-10 like its
 *       sibling document 001, DESIGN.md section 9): 200/100 per class, 3C3D at width 0.25 ("a
 *       deeper architecture"), same optimizer and batch sizes, 3 epochs (Revision 2 of the plan;
 *       Revision 1's 500/100 at width 0.5 would cost about 1,500 core-seconds, most of the reduced
 *       budget).
 *   <li>Smoke: synthetic data with 20/10 images per class, one epoch, width 0.25. Because 200
 *       training images are fewer than the largest batch (256), smoke keeps the incomplete last
 *       batch (dropLast false) so every batch size takes at least one step; reduced and gpu drop it
 *       as usual (no batch of one can reach BatchNorm).
 *   <li>GPU (the paper setting): the full datasets, full width, the same optimizer, batch sizes and
 *       epochs; document 000 states no epoch count, so the reduced one stays.
 * </ul>
 */
final class Doc000Grid {

  /**
   * Document 000's batch sizes ("Batch Number from 1 to 4 represent batch sizes [8, 32, 128,
   * 256]").
   */
  static final List<Integer> BATCH_SIZES = List.of(8, 32, 128, 256);

  /** The normalized arm: BatchNorm with trainable gamma and beta on every hidden layer. */
  static final NormSpec BN = NormSpec.of(NormVariant.BN_GAMMA_BETA);

  /** The vanilla arm. */
  static final NormSpec NONE = NormSpec.NONE;

  /**
   * Regime of each dataset (docs/CLAIMS-PLAN.md, Revision 2, "The regime rule"): BN at batch 32
   * must reach this final test accuracy (%) for a gain over no normalization to mean anything:
   * MNIST at least a linear classifier's level (about 92%, so 90), CIFAR-10 twice chance.
   */
  static double regimeTestAccuracyPct(Dataset d) {
    return d == Dataset.MNIST ? 90 : 20;
  }

  /** The batch size whose BN arm is each dataset's regime reference. */
  static final int REGIME_BATCH = 32;

  private static final double LR = 1e-3;
  private static final int MLP_WIDTH = 512;

  private Doc000Grid() {}

  /** The MNIST run of the grid for {@code norm} at {@code batch} in {@code profile}. */
  static RunSpec mnist(Profile profile, NormSpec norm, int batch) {
    checkBatch(batch);
    return profile.pick(
        spec(
            DataSpec.of("mnist").withSubset(20, 10),
            ModelSpec.mlp(MLP_WIDTH).withWidthMultiplier(0.25),
            norm,
            smokeTrain(batch)),
        spec(
            DataSpec.of("mnist").withSubset(600, 180),
            ModelSpec.mlp(MLP_WIDTH),
            norm,
            train(batch, 5)),
        spec(DataSpec.of("mnist"), ModelSpec.mlp(MLP_WIDTH), norm, train(batch, 5)));
  }

  /** The CIFAR-10 run of the grid for {@code norm} at {@code batch} in {@code profile}. */
  static RunSpec cifar10(Profile profile, NormSpec norm, int batch) {
    checkBatch(batch);
    return profile.pick(
        spec(
            DataSpec.of("cifar10").withSubset(20, 10),
            ModelSpec.of("3c3d").withWidthMultiplier(0.25),
            norm,
            smokeTrain(batch)),
        spec(
            DataSpec.of("cifar10").withSubset(200, 100),
            ModelSpec.of("3c3d").withWidthMultiplier(0.25),
            norm,
            train(batch, 3)),
        spec(DataSpec.of("cifar10"), ModelSpec.of("3c3d"), norm, train(batch, 3)));
  }

  /** Arm name used in tests and charts, e.g. {@code "BN b8"}. */
  static String arm(NormSpec norm, int batch) {
    return (norm.variant() == NormVariant.NONE ? "none" : "BN") + " b" + batch;
  }

  /** Document 000's two datasets, each with its grid; {@code toString} is the label claims show. */
  enum Dataset {
    MNIST("MNIST", Doc000Grid::mnist),
    CIFAR_10("CIFAR-10", Doc000Grid::cifar10);

    final String label;
    final SpecFactory specOf;

    Dataset(String label, SpecFactory specOf) {
      this.label = label;
      this.specOf = specOf;
    }

    @Override
    public String toString() {
      return label;
    }
  }

  /** Builds one grid spec; {@link #mnist} and {@link #cifar10} are the two. */
  @FunctionalInterface
  interface SpecFactory {
    RunSpec apply(Profile profile, NormSpec norm, int batch);
  }

  private static RunSpec spec(DataSpec data, ModelSpec model, NormSpec norm, TrainSpec train) {
    return new RunSpec(
        data,
        model,
        norm,
        OptimSpec.adam(LR),
        train,
        ProbeSpec.NONE.withDeadUnits().withWeightImages());
  }

  private static TrainSpec train(int batch, int epochs) {
    return TrainSpec.of(batch, epochs).withEvalModes(EvalMode.RUNNING, EvalMode.BATCH);
  }

  private static TrainSpec smokeTrain(int batch) {
    TrainSpec t = train(batch, 1);
    return new TrainSpec(t.batchSize(), t.epochs(), t.evalModes(), t.evalBatchSize(), false);
  }

  private static void checkBatch(int batch) {
    if (!BATCH_SIZES.contains(batch)) {
      throw new IllegalArgumentException(
          "document 000's grid has batch sizes " + BATCH_SIZES + ", not " + batch);
    }
  }
}
