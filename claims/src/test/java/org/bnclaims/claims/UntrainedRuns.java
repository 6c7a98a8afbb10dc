package org.bnclaims.claims;

import java.nio.file.Path;
import org.bnclaims.run.EpochMetrics;
import org.bnclaims.run.RunFunction;
import org.bnclaims.run.RunResult;
import org.bnclaims.spec.RunSpec;

/**
 * {@link PlausibleRuns} with every training accuracy scaled down to 1-2%, as ALL-CNN-C on CIFAR-100
 * looks after a few reduced epochs: a stand-in that never reaches a regime, for testing what a
 * claim does when its reference arm did not learn. Named by {@code bn.test.runFunction}.
 */
public final class UntrainedRuns implements RunFunction {

  private final PlausibleRuns plausible = new PlausibleRuns();

  @Override
  public RunResult run(RunSpec spec, long seed, Path workDir) {
    RunResult r = plausible.run(spec, seed, workDir);
    return new RunResult(
        r.specHash(),
        r.seed(),
        r.epochs().stream()
            .map(
                e ->
                    new EpochMetrics(
                        e.epoch(), e.lr(), e.trainLoss(), e.trainAccuracy() / 45, e.test()))
            .toList(),
        r.diverged(),
        r.divergedEpoch(),
        r.probes(),
        r.wallSeconds(),
        r.provenance());
  }
}
