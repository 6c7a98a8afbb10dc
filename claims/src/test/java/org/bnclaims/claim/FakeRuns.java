package org.bnclaims.claim;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.bnclaims.data.DataConfig;
import org.bnclaims.data.Datasets;
import org.bnclaims.probe.ProbeResults;
import org.bnclaims.run.EpochMetrics;
import org.bnclaims.run.EvalMetrics;
import org.bnclaims.run.Provenance;
import org.bnclaims.run.RunFunction;
import org.bnclaims.run.RunResult;
import org.bnclaims.spec.CanonicalJson;
import org.bnclaims.spec.DataSpec;
import org.bnclaims.spec.EvalMode;
import org.bnclaims.spec.ModelSpec;
import org.bnclaims.spec.NormSpec;
import org.bnclaims.spec.NormVariant;
import org.bnclaims.spec.OptimSpec;
import org.bnclaims.spec.ProbeSpec;
import org.bnclaims.spec.RunSpec;
import org.bnclaims.spec.SpecHash;
import org.bnclaims.spec.TrainSpec;

/**
 * A stand-in for training whose final test accuracy is looked up by the spec's learning rate and
 * the seed, so the fixtures' verdicts follow from numbers written here (the hand computations are
 * next to each arm).
 */
final class FakeRuns {

  private FakeRuns() {}

  /** Arm A: the reference. */
  static final double LR_A = 0.01;

  /** Arm B = A - (5, 6, 5.5, 6.5, 5): A - B has mean 5.6, SD 0.652, 90% CI [4.98, 6.22]. */
  static final double LR_B = 0.02;

  /**
   * Arm C = A - (-0.2, 0.3, 0.1, -0.1, 0.2): A - C has mean 0.06, SD 0.207, 90% CI [-0.138, 0.258],
   * all below the margin 1, so REFUTED.
   */
  static final double LR_C = 0.03;

  /**
   * Arm D = A - (3, -2, 2.5, -1, 1): A - D has mean 0.7, SD 2.17, 90% CI [-1.37, 2.77], covering 0
   * and the margin 1, so INCONCLUSIVE.
   */
  static final double LR_D = 0.04;

  private static final double[] A = {90, 91, 92, 93, 94};

  private static final Map<Double, double[]> ACCURACY_PCT =
      Map.of(
          LR_A, A,
          LR_B, minus(A, 5, 6, 5.5, 6.5, 5),
          LR_C, minus(A, -0.2, 0.3, 0.1, -0.1, 0.2),
          LR_D, minus(A, 3, -2, 2.5, -1, 1));

  /** A spec on real MNIST (never loaded by the fake, except for unavailable datasets). */
  static RunSpec spec(double lr) {
    return spec("mnist", lr);
  }

  static RunSpec spec(String dataset, double lr) {
    return new RunSpec(
        DataSpec.of(dataset).withSubset(10, 5),
        ModelSpec.mlp(8),
        NormSpec.of(NormVariant.BN_GAMMA_BETA),
        OptimSpec.sgd(lr),
        TrainSpec.of(8, 2),
        ProbeSpec.NONE);
  }

  /**
   * Looks the accuracy up; a real dataset other than MNIST is resolved with an empty, offline data
   * configuration, which throws the library's own "data unavailable" message. Named by the test
   * hook {@code bn.test.runFunction}, which instantiates it.
   */
  static final class Function implements RunFunction {
    @Override
    public RunResult run(RunSpec spec, long seed, Path dir) throws Exception {
      DataSpec d = spec.data();
      if (!d.synthetic() && !d.dataset().equals("mnist")) {
        Datasets.prepare(d, new DataConfig(null, null, List.of(), true));
      }
      double acc = ACCURACY_PCT.get(spec.optim().lr())[(int) seed - 1] / 100;
      List<EpochMetrics> epochs =
          List.of(
              new EpochMetrics(0, spec.optim().lr(), 1.0, 0.5, List.of(eval(acc - 0.05))),
              new EpochMetrics(1, spec.optim().lr(), 1 / acc, acc, List.of(eval(acc))));
      return new RunResult(
          SpecHash.of(spec), seed, epochs, false, -1, ProbeResults.EMPTY, 0.01, provenance(spec));
    }
  }

  private static EvalMetrics eval(double acc) {
    return new EvalMetrics(EvalMode.RUNNING, 1 - acc, acc);
  }

  private static Provenance provenance(RunSpec spec) throws Exception {
    return new Provenance(
        new ObjectMapper().readTree(CanonicalJson.of(spec)),
        SpecHash.of(spec),
        SpecHash.SEMANTICS_VERSION,
        "unknown",
        "test",
        "test",
        "test",
        "cpu",
        1,
        "17",
        "test");
  }

  private static double[] minus(double[] a, double... d) {
    double[] out = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      out[i] = a[i] - d[i];
    }
    return out;
  }
}
