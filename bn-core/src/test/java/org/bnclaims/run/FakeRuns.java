package org.bnclaims.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.bnclaims.probe.ProbeResults;
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

/** Specs, results and run functions that stand in for the trainer in cache and executor tests. */
final class FakeRuns {

  private FakeRuns() {}

  /** A small MLP spec; {@code i} varies the learning rate so specs differ. */
  static RunSpec spec(int i) {
    return new RunSpec(
        DataSpec.of("mnist").withSynthetic(true).withSubset(10, 10),
        ModelSpec.mlp(32),
        NormSpec.of(NormVariant.BN_GAMMA_BETA),
        OptimSpec.sgd(0.01 * (i + 1)),
        TrainSpec.of(8, 2),
        ProbeSpec.NONE);
  }

  /** A deterministic result of {@code (spec, seed)}, so every process builds the same one. */
  static RunResult result(RunSpec spec, long seed) {
    String hash = SpecHash.of(spec);
    List<EpochMetrics> epochs =
        List.of(
            new EpochMetrics(
                0,
                0.1,
                2.0 / (seed + 2),
                0.5,
                List.of(new EvalMetrics(EvalMode.RUNNING, 1.5, 0.6))),
            new EpochMetrics(
                1,
                0.1,
                1.0 / (seed + 2),
                0.7,
                List.of(new EvalMetrics(EvalMode.RUNNING, 1.2, 0.7))));
    return new RunResult(hash, seed, epochs, false, -1, ProbeResults.EMPTY, 0.25, provenance(spec));
  }

  static Provenance provenance(RunSpec spec) {
    try {
      return new Provenance(
          RunJson.mapper().readTree(CanonicalJson.of(spec)),
          SpecHash.of(spec),
          SpecHash.SEMANTICS_VERSION,
          "0123456789abcdef0123456789abcdef01234567",
          "test",
          "0.35.1",
          "2.7.1",
          "cpu",
          1,
          "17",
          "test-os");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Sleeps, appends one line to {@code counter}, and returns {@link #result}. */
  static RunFunction counting(Path counter, long sleepMillis) {
    return (spec, seed, workDir) -> {
      Thread.sleep(sleepMillis);
      Files.writeString(
          counter,
          SpecHash.of(spec) + " " + seed + "\n",
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
      return result(spec, seed);
    };
  }

  /** Lines in a counter file: how often a counting function ran. */
  static long count(Path counter) {
    try {
      return Files.exists(counter) ? Files.readAllLines(counter).size() : 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
