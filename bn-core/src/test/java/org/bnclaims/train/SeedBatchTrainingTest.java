package org.bnclaims.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bnclaims.run.EpochMetrics;
import org.bnclaims.run.RunResult;
import org.bnclaims.spec.DataSpec;
import org.bnclaims.spec.ModelSpec;
import org.bnclaims.spec.NormSpec;
import org.bnclaims.spec.NormVariant;
import org.bnclaims.spec.OptimSpec;
import org.bnclaims.spec.ProbeSpec;
import org.bnclaims.spec.RunSpec;
import org.bnclaims.spec.TrainSpec;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, tests (b) and (c): seeds trained side by side over whole runs give each seed the metrics
 * it gets alone, and one seed's divergence is that seed's alone.
 *
 * <p>The check of (b), stated: a dense network (matrix products only) agrees to float rounding at
 * every epoch (measured: relative differences near 1e-8); a convolutional network drifts, because a
 * grouped convolution sums in another order than a lone one and small differences grow over
 * hundreds of steps (measured: final training loss 1.3% apart at most, test accuracy equal), so
 * there each seed's final training loss must agree within 5% and its test accuracy within 2 points.
 */
class SeedBatchTrainingTest {

  private static final List<Long> SEEDS = List.of(1L, 2L, 3L, 4L);
  private final Training training = new Training();

  @Test
  void denseSeedsAgreeWithLoneRunsAtEveryEpoch() {
    RunSpec spec =
        new RunSpec(
            DataSpec.of("mnist").withSynthetic(true).withSubset(50, 20),
            ModelSpec.mlp(64),
            NormSpec.of(NormVariant.BN_GAMMA_BETA),
            OptimSpec.sgd(0.05),
            TrainSpec.of(16, 5),
            ProbeSpec.NONE.withDeadUnits());
    List<RunResult> batched = training.runSeeds(spec, SEEDS);
    for (int k = 0; k < SEEDS.size(); k++) {
      RunResult alone = training.run(spec, SEEDS.get(k), null);
      SeedBatchEquivalenceTest.sameEpochs(
          "seed " + SEEDS.get(k), alone.epochs(), batched.get(k).epochs());
      assertEquals(alone.probes().activity(), batched.get(k).probes().activity(), "dead units");
    }
  }

  @Test
  void convolutionalSeedsAgreeWithinTheStatedDrift() {
    RunSpec spec =
        new RunSpec(
            DataSpec.of("cifar10").withSynthetic(true).withSubset(20, 10),
            ModelSpec.of("3c3d").withWidthMultiplier(0.25),
            NormSpec.of(NormVariant.BN_GAMMA_BETA),
            OptimSpec.sgd(0.02),
            TrainSpec.of(16, 3),
            ProbeSpec.NONE);
    List<RunResult> batched = training.runSeeds(spec, SEEDS);
    for (int k = 0; k < SEEDS.size(); k++) {
      EpochMetrics alone = training.run(spec, SEEDS.get(k), null).last();
      EpochMetrics together = batched.get(k).last();
      double rel = Math.abs(alone.trainLoss() - together.trainLoss()) / alone.trainLoss();
      assertTrue(rel <= 0.05, "seed " + SEEDS.get(k) + ": final training loss " + rel + " apart");
      double pp =
          100 * Math.abs(alone.test().get(0).accuracy() - together.test().get(0).accuracy());
      assertTrue(pp <= 2, "seed " + SEEDS.get(k) + ": test accuracy " + pp + " points apart");
    }
  }

  /**
   * Plain SGD at lr 0.5 without normalization: alone, seed 1 diverges in epoch 1 while seeds 2 and
   * 3 last both epochs (checked below, so the test says so if that ever changes). On the way the
   * losses explode (to about 1e30), which amplifies rounding differences, so metrics are compared
   * within 1% here; the diverged flags and epochs must be equal.
   */
  @Test
  void aDivergingSeedStopsAloneAndTheOthersTrainOn() {
    RunSpec spec =
        new RunSpec(
            DataSpec.of("mnist").withSynthetic(true).withSubset(50, 20),
            ModelSpec.mlp(64),
            NormSpec.NONE,
            OptimSpec.sgd(0.5),
            TrainSpec.of(16, 2),
            ProbeSpec.NONE.withWeightImages());
    List<Long> seeds = List.of(1L, 2L, 3L);
    List<RunResult> batched = training.runSeeds(spec, seeds);
    for (int k = 0; k < seeds.size(); k++) {
      RunResult alone = training.run(spec, seeds.get(k), null);
      RunResult together = batched.get(k);
      assertEquals(k == 0, alone.diverged(), "precondition: only seed 1 diverges alone");
      assertEquals(alone.diverged(), together.diverged(), "seed " + seeds.get(k));
      assertEquals(alone.divergedEpoch(), together.divergedEpoch(), "seed " + seeds.get(k));
      assertEquals(alone.epochs().size(), together.epochs().size());
      for (int e = 0; e < alone.epochs().size(); e++) {
        EpochMetrics a = alone.epochs().get(e);
        EpochMetrics b = together.epochs().get(e);
        if (Double.isFinite(a.trainLoss())) {
          assertTrue(
              Math.abs(a.trainLoss() - b.trainLoss()) <= 0.01 * Math.abs(a.trainLoss()),
              "seed "
                  + seeds.get(k)
                  + " epoch "
                  + e
                  + ": "
                  + a.trainLoss()
                  + " vs "
                  + b.trainLoss());
        } else {
          assertFalse(Double.isFinite(b.trainLoss()), "seed " + seeds.get(k) + " epoch " + e);
        }
        assertEquals(a.test().get(0).accuracy(), b.test().get(0).accuracy(), 0.02, "test acc");
      }
      // Probes still run for every seed (the diverged one on its network as it stood).
      assertEquals(alone.probes().weightImages().size(), together.probes().weightImages().size());
    }
  }
}
