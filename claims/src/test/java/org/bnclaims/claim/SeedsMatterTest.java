package org.bnclaims.claim;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bnclaims.probe.ProbeResults;
import org.bnclaims.run.EpochMetrics;
import org.bnclaims.run.EvalMetrics;
import org.bnclaims.run.RunResult;
import org.bnclaims.spec.EvalMode;
import org.junit.jupiter.api.Test;

/**
 * The lab refuses replicates that are replicates in name only (docs/statistics.md, section 2.3).
 */
class SeedsMatterTest {

  private static RunResult run(long seed, double trainLoss) {
    EpochMetrics e =
        new EpochMetrics(
            0, 0.1, trainLoss, 0.9, List.of(new EvalMetrics(EvalMode.RUNNING, 0.3, 0.91)));
    return new RunResult("h", seed, List.of(e), false, -1, ProbeResults.EMPTY, 1, null);
  }

  @Test
  void identicalHistoriesAcrossSeedsAreRefused() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> Lab.requireSeedsMatter("BN", List.of(run(1, 0.5), run(2, 0.5), run(3, 0.5))));
    assertTrue(e.getMessage().contains("arm 'BN'") && e.getMessage().contains("not reaching"));
  }

  @Test
  void anyDifferenceInTheHistoryIsEnough() {
    assertDoesNotThrow(
        () -> Lab.requireSeedsMatter("BN", List.of(run(1, 0.5), run(2, 0.5), run(3, 0.5001))));
    assertDoesNotThrow(() -> Lab.requireSeedsMatter("BN", List.of(run(1, 0.5))));
  }
}
