package org.bnclaims.claims;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.bnclaims.probe.LayerActivity;
import org.bnclaims.probe.ProbeResults;
import org.bnclaims.run.EpochMetrics;
import org.bnclaims.run.EvalMetrics;
import org.bnclaims.run.RunFunction;
import org.bnclaims.run.RunResult;
import org.bnclaims.spec.CanonicalJson;
import org.bnclaims.spec.EvalMode;
import org.bnclaims.spec.ProbeSpec;
import org.bnclaims.spec.RunSpec;
import org.bnclaims.spec.SpecHash;
import org.bnclaims.verdict.Picture;

/**
 * A stand-in for training that never loads data or the engine: metrics drawn from the spec hash and
 * the seed (so seeds differ and reruns agree), and the activity, weight-image and
 * class-visualization probes when the spec asks for them. It lets a claim run end to end in any
 * profile in milliseconds, so tests can see which specs it asks for (the run cache's directories
 * are named by spec hash). Named by the test hook {@code bn.test.runFunction}.
 */
public final class PlausibleRuns implements RunFunction {

  private static final int EPOCHS = 2;

  @Override
  public RunResult run(RunSpec spec, long seed, Path workDir) {
    String hash = SpecHash.of(spec);
    // Drawn from the spec's name under SEMANTICS_VERSION 1, so stand-in results (and the verdicts
    // pinned on them) do not change when a version bump renames every spec.
    String v1 = ConvertedClaimsKeepTheirRunsTest.pinnedVersionHash(CanonicalJson.of(spec));
    Random rnd = new Random(v1.hashCode() * 31L + seed);
    List<EpochMetrics> epochs = new ArrayList<>();
    for (int e = 0; e < EPOCHS; e++) {
      List<EvalMetrics> test = new ArrayList<>();
      for (EvalMode m : spec.train().evalModes()) {
        test.add(new EvalMetrics(m, 1 + rnd.nextDouble(), 0.3 + 0.6 * rnd.nextDouble()));
      }
      epochs.add(
          new EpochMetrics(
              e, spec.optim().lr(), 1 + rnd.nextDouble(), 0.3 + 0.6 * rnd.nextDouble(), test));
    }
    return new RunResult(hash, seed, epochs, false, -1, probes(spec.probes(), rnd), 0.001, null);
  }

  private static ProbeResults probes(ProbeSpec p, Random rnd) {
    List<LayerActivity> activity =
        p.deadUnits()
            ? List.of(new LayerActivity("relu1", 16, rnd.nextInt(8), rnd.nextDouble()))
            : List.of();
    Picture picture = new Picture("unit 0", 2, 2, 1, new double[] {0, 1, 1, 0});
    return new ProbeResults(
        activity,
        List.of(),
        List.of(),
        p.weightImages() ? List.of(picture) : List.of(),
        p.classVisualizations() > 0 ? List.of(picture) : List.of(),
        p.gammaPruneFraction() > 0 ? rnd.nextDouble() : Double.NaN);
  }
}
