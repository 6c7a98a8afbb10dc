package org.bnclaims.run;

import java.util.List;
import org.bnclaims.probe.ProbeResults;

/**
 * What one replicate {@code (spec, seed)} measured. Never null for a run that was attempted: a run
 * whose loss turned NaN or infinite is a result with {@code diverged} set, its metrics measured as
 * they stood (chance accuracy, infinite loss).
 *
 * @param specHash the spec's content hash (includes the semantics version)
 * @param seed the replicate's seed
 * @param epochs per-epoch metrics, up to and including the epoch of divergence
 * @param diverged whether the loss became non-finite
 * @param divergedEpoch the 0-based epoch of divergence, or -1
 * @param probes what the switched-on probes measured
 * @param wallSeconds training and evaluation time
 * @param provenance where, how and with what code the run was computed
 */
public record RunResult(
    String specHash,
    long seed,
    List<EpochMetrics> epochs,
    boolean diverged,
    int divergedEpoch,
    ProbeResults probes,
    double wallSeconds,
    Provenance provenance) {

  public RunResult {
    epochs = List.copyOf(epochs);
  }

  /** The last epoch's metrics. */
  public EpochMetrics last() {
    return epochs.get(epochs.size() - 1);
  }

  /** Final test accuracy under the spec's first (headline) eval mode. */
  public double finalTestAccuracy() {
    return last().test().get(0).accuracy();
  }
}
