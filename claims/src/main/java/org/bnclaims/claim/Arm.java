package org.bnclaims.claim;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.bnclaims.run.RunResult;
import org.bnclaims.spec.EvalMode;
import org.bnclaims.spec.RunSpec;

/**
 * One arm of a comparison: a spec run over every seed of the claim, with its results in seed order
 * and the usual per-seed metrics as {@link Sample}s labelled with the arm's name. Diverged runs
 * stay in with their measured metric (docs/statistics.md section 2, rule 2) and are counted in
 * {@link #failures()}.
 *
 * @param name the arm's name in tests and charts, e.g. {@code "BN"}
 * @param spec the spec that ran (in the smoke profile: with synthetic data)
 * @param seeds the seeds, in order
 * @param results one result per seed, in seed order
 */
public record Arm(String name, RunSpec spec, List<Long> seeds, List<RunResult> results) {

  /** Copies the lists; results must pair one to one with seeds. */
  public Arm {
    seeds = List.copyOf(seeds);
    results = List.copyOf(results);
    if (seeds.size() != results.size()) {
      throw new IllegalArgumentException(
          "arm '" + name + "' has " + results.size() + " results for " + seeds.size() + " seeds");
    }
  }

  /** Final test accuracy in percent under the spec's headline (first) eval mode. */
  public Sample finalTestAccuracyPct() {
    return metric(r -> 100 * r.finalTestAccuracy());
  }

  /** Final test accuracy in percent under {@code mode}, which the spec must evaluate. */
  public Sample finalTestAccuracyPct(EvalMode mode) {
    int i = spec.train().evalModes().indexOf(mode);
    if (i < 0) {
      throw new IllegalArgumentException(
          "arm '"
              + name
              + "' was not evaluated in mode "
              + mode
              + "; its spec evaluates "
              + spec.train().evalModes());
    }
    return metric(r -> 100 * r.last().test().get(i).accuracy());
  }

  /** Final epoch's mean training loss. */
  public Sample finalTrainLoss() {
    return metric(r -> r.last().trainLoss());
  }

  /** Any per-run quantity, one value per seed, labelled with the arm's name. */
  public Sample metric(ToDoubleFunction<RunResult> f) {
    double[] v = new double[results.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = f.applyAsDouble(results.get(i));
    }
    return new Sample(name, v);
  }

  /** Runs whose loss turned non-finite. */
  public int failures() {
    return (int) results.stream().filter(RunResult::diverged).count();
  }
}
