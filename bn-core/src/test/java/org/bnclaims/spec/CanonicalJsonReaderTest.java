package org.bnclaims.spec;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

class CanonicalJsonReaderTest {

  private static RunSpec base() {
    return new RunSpec(
        DataSpec.of("mnist").withSubset(50, 20),
        ModelSpec.mlp(64, 32),
        NormSpec.of(NormVariant.BN_GAMMA_BETA),
        OptimSpec.sgd(0.05),
        TrainSpec.of(16, 2),
        ProbeSpec.NONE);
  }

  @Test
  void everySpecReadsBackEqualAndHashesAlike() {
    RunSpec b = base();
    List<RunSpec> specs =
        List.of(
            b,
            b.withData(b.data().withSynthetic(true)),
            b.withNorm(NormSpec.NONE),
            b.withOptim(OptimSpec.adam(1e-3)),
            b.withOptim(OptimSpec.sgd(1e-7)),
            b.withTrain(TrainSpec.of(8, 3).withEvalModes(EvalMode.RUNNING, EvalMode.BATCH)),
            b.withProbes(ProbeSpec.NONE.withBnSnapshots(3).withGradMagnitudes()),
            b.withModel(ModelSpec.mlp()));
    for (RunSpec s : specs) {
      String json = CanonicalJson.of(s);
      RunSpec back = CanonicalJsonReader.read(json, RunSpec.class);
      assertEquals(s, back, json);
      assertEquals(SpecHash.of(s), SpecHash.of(back), json);
    }
  }

  @Test
  void textThatIsNotCanonicalIsRefused() {
    String json = CanonicalJson.of(base());
    IllegalArgumentException unknown =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                CanonicalJsonReader.read(
                    json.replace("{\"data\"", "{\"colour\":1,\"data\""), RunSpec.class));
    assertTrue(unknown.getMessage().contains("unknown component 'colour'"), unknown.getMessage());
    // Spaces (or any other layout) are not the canonical text, even if the spec is the same.
    assertThrows(
        IllegalArgumentException.class,
        () -> CanonicalJsonReader.read(json.replace(",", ", "), RunSpec.class));
    assertThrows(
        IllegalArgumentException.class,
        () -> CanonicalJsonReader.read("{\"data\":\"mnist\"}", RunSpec.class));
    assertThrows(
        IllegalArgumentException.class, () -> CanonicalJsonReader.read("{", RunSpec.class));
  }
}
