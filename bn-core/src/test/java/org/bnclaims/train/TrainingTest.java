package org.bnclaims.train;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import org.bnclaims.run.EpochMetrics;
import org.bnclaims.run.RunResult;
import org.bnclaims.spec.DataSpec;
import org.bnclaims.spec.EvalMode;
import org.bnclaims.spec.ModelSpec;
import org.bnclaims.spec.NormSpec;
import org.bnclaims.spec.NormVariant;
import org.bnclaims.spec.OptimSpec;
import org.bnclaims.spec.ProbeSpec;
import org.bnclaims.spec.RunSpec;
import org.bnclaims.spec.TrainSpec;
import org.junit.jupiter.api.Test;

class TrainingTest {

  /** A small MLP on synthetic MNIST-shaped data: seconds, and far above chance when it learns. */
  static RunSpec smallMlp(NormVariant variant) {
    return new RunSpec(
        DataSpec.of("mnist").withSynthetic(true).withSubset(50, 20),
        ModelSpec.mlp(64),
        NormSpec.of(variant),
        OptimSpec.sgd(0.05),
        TrainSpec.of(16, 2),
        ProbeSpec.NONE);
  }

  private final Training training = new Training();

  @Test
  void learnsSyntheticDataFarAboveChance() {
    RunResult r = training.run(smallMlp(NormVariant.BN_GAMMA_BETA), 1, null);
    assertEquals(2, r.epochs().size());
    assertFalse(r.diverged());
    assertTrue(r.finalTestAccuracy() > 0.5, "test accuracy " + r.finalTestAccuracy());
    assertTrue(r.last().trainLoss() < r.epochs().get(0).trainLoss() + 1e-9);
    assertNotNull(r.provenance());
    assertEquals(1, r.seed());
  }

  @Test
  void sameSpecAndSeedGiveIdenticalMetricsBitForBit() {
    RunSpec spec = smallMlp(NormVariant.BN_GAMMA_BETA);
    RunResult a = training.run(spec, 7, null);
    RunResult b = training.run(spec, 7, null);
    RunResult c = training.run(spec, 8, null);
    assertEquals(a.epochs(), b.epochs());
    assertNotEquals(a.epochs(), c.epochs());
  }

  @Test
  void divergenceIsRecordedNotThrown() {
    RunSpec spec = smallMlp(NormVariant.NONE).withOptim(OptimSpec.sgd(1e6));
    RunResult r = training.run(spec, 1, null);
    assertTrue(r.diverged());
    assertEquals(0, r.divergedEpoch());
    assertEquals(1, r.epochs().size());
    EpochMetrics e = r.epochs().get(0);
    assertFalse(Double.isFinite(e.trainLoss()));
    assertTrue(e.test().get(0).accuracy() >= 0 && e.test().get(0).accuracy() <= 1);
  }

  @Test
  void liveNativeArraysStayFlatAcrossEpochs() {
    RunSpec spec =
        smallMlp(NormVariant.BN_GAMMA_BETA)
            .withTrain(TrainSpec.of(16, 5).withEvalModes(EvalMode.RUNNING, EvalMode.BATCH))
            .withProbes(ProbeSpec.NONE.withBnSnapshots(3).withGradMagnitudes());
    List<Integer> live = new ArrayList<>();
    training.runObserved(spec, new long[] {3}, (epoch, n) -> live.add(n));
    assertEquals(5, live.size());
    assertEquals(live.get(1), live.get(4), "live NDArrays per epoch: " + live);
  }

  @Test
  void evalModesAreReportedInOrderAndDiffer() {
    RunSpec spec =
        smallMlp(NormVariant.BN_GAMMA_BETA)
            .withTrain(TrainSpec.of(16, 1).withEvalModes(EvalMode.RUNNING, EvalMode.BATCH));
    RunResult r = training.run(spec, 1, null);
    var test = r.last().test();
    assertEquals(EvalMode.RUNNING, test.get(0).mode());
    assertEquals(EvalMode.BATCH, test.get(1).mode());
    assertNotEquals(test.get(0).loss(), test.get(1).loss());
  }

  @Test
  void probesProduceTheirOutputs() {
    RunSpec spec =
        smallMlp(NormVariant.BN_GAMMA_BETA)
            .withProbes(
                ProbeSpec.NONE
                    .withDeadUnits()
                    .withBnSnapshots(10)
                    .withGradMagnitudes()
                    .withWeightImages()
                    .withClassVisualizations(5));
    RunResult r = training.run(spec, 1, null);
    var p = r.probes();
    assertEquals(1, p.activity().size());
    assertEquals(64, p.activity().get(0).units());
    assertEquals(1, p.normParams().size());
    var np = p.normParams().get(0);
    assertEquals(np.steps().size(), np.gamma().size());
    assertTrue(np.steps().size() >= 3, "steps " + np.steps());
    assertEquals(2, p.gradMagnitudes().size());
    assertTrue(p.gradMagnitudes().get(0).norm() > 0 && p.gradMagnitudes().get(0).other() > 0);
    assertEquals(16, p.weightImages().size());
    assertEquals(28 * 28, p.weightImages().get(0).pixels().length);
    assertEquals(10, p.classVisualizations().size());
  }

  @Test
  void gammaPruningZeroesTheSmallestGammasAndMeasuresAgain() {
    RunSpec base = smallMlp(NormVariant.BN_GAMMA_BETA);
    RunResult mild = training.run(base.withProbes(ProbeSpec.NONE.withGammaPruning(0.05)), 1, null);
    RunResult harsh = training.run(base.withProbes(ProbeSpec.NONE.withGammaPruning(0.9)), 1, null);
    assertTrue(Double.isNaN(training.run(base, 1, null).probes().prunedAccuracy()));
    // 5% of 64 gammas is 3 channels: the network barely changes; 90% silences most of it.
    assertEquals(mild.finalTestAccuracy(), mild.probes().prunedAccuracy(), 0.15);
    assertTrue(
        harsh.probes().prunedAccuracy() < harsh.finalTestAccuracy() - 0.1,
        harsh.probes().prunedAccuracy() + " vs " + harsh.finalTestAccuracy());
    RunSpec none = smallMlp(NormVariant.NONE).withProbes(ProbeSpec.NONE.withGammaPruning(0.5));
    assertThrows(IllegalArgumentException.class, () -> training.run(none, 1, null));
  }
}
