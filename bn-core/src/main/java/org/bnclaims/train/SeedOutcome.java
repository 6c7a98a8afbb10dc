package org.bnclaims.train;

import java.util.List;
import org.bnclaims.probe.ProbeResults;
import org.bnclaims.run.EpochMetrics;

/**
 * What the training loop measured for one seed, before {@link Training} adds time and provenance.
 *
 * @param seed the seed
 * @param epochs per-epoch metrics, up to and including the epoch of divergence
 * @param diverged whether the loss became non-finite
 * @param divergedEpoch the epoch of divergence, or -1
 * @param probes what the switched-on probes measured
 */
record SeedOutcome(
    long seed,
    List<EpochMetrics> epochs,
    boolean diverged,
    int divergedEpoch,
    ProbeResults probes) {}
