package org.bnclaims.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpecHashTest {

  static RunSpec pinnedSpec() {
    return new RunSpec(
        DataSpec.of("mnist").withSubset(100, 50),
        ModelSpec.mlp(512),
        NormSpec.of(NormVariant.BN_GAMMA_BETA),
        OptimSpec.sgd(0.1).withMomentum(0.9, false),
        TrainSpec.of(64, 3),
        ProbeSpec.NONE);
  }

  /**
   * The pinned hash. If this fails you changed canonicalization, a default or SEMANTICS_VERSION:
   * make sure that was intended, then update both literals. The hash was computed independently
   * with {@code printf '%s' '{"semantics":2,"spec":<the JSON below>}' | sha256sum}.
   */
  @Test
  void pinnedSpecKeepsItsHash() {
    String json =
        "{\"data\":{\"dataset\":\"mnist\",\"testPerClass\":50,\"trainPerClass\":100},"
            + "\"model\":{\"arch\":\"mlp\",\"hidden\":[512]},"
            + "\"norm\":{\"variant\":\"BN_GAMMA_BETA\"},"
            + "\"optim\":{\"lr\":0.1,\"momentum\":0.9},"
            + "\"train\":{\"batchSize\":64,\"epochs\":3}}";
    assertEquals(json, CanonicalJson.of(pinnedSpec()));
    assertEquals(2, SpecHash.SEMANTICS_VERSION);
    assertEquals(PINNED, SpecHash.of(pinnedSpec()));
  }

  private static final String PINNED =
      "da95007b1d7b3fa41dfacaad746aebd7f67d192716a2142397986d40fb40573f";

  @Test
  void specsBuiltThroughDefaultsHashAlike() {
    RunSpec explicit =
        new RunSpec(
            new DataSpec("mnist", false, 100, 50, 0L, true, false, 0, 0),
            new ModelSpec("mlp", List.of(512), 0, 1.0, Shortcut.A, true, true),
            new NormSpec(
                NormVariant.BN_GAMMA_BETA,
                Placement.ALL_HIDDEN,
                1e-5,
                0.9,
                NormSpec.DEFAULT_GROUPS,
                false,
                true,
                GammaInit.ONES),
            new OptimSpec(
                Optimizer.SGD,
                0.1,
                0.9,
                false,
                0.9,
                0.999,
                1e-8,
                0.0,
                DecayOn.WEIGHTS,
                List.of(),
                0.1),
            new TrainSpec(64, 3, List.of(EvalMode.RUNNING), 256, true),
            new ProbeSpec(false, 0, false, false, 0, 0.0));
    assertEquals(SpecHash.of(pinnedSpec()), SpecHash.of(explicit));
  }

  @Test
  void everyChangeChangesTheHash() {
    String base = SpecHash.of(pinnedSpec());
    assertNotEquals(base, SpecHash.of(pinnedSpec().withProbes(ProbeSpec.NONE.withDeadUnits())));
    assertNotEquals(base, SpecHash.of(pinnedSpec().withOptim(OptimSpec.sgd(0.1))));
    assertNotEquals(
        base,
        SpecHash.of(
            pinnedSpec().withNorm(NormSpec.of(NormVariant.BN_GAMMA_BETA).withMomentum(0.99))));
    assertNotEquals(
        SpecHash.sha256Hex(SpecHash.hashedText(CanonicalJson.of(pinnedSpec()), 1)),
        SpecHash.sha256Hex(SpecHash.hashedText(CanonicalJson.of(pinnedSpec()), 2)),
        "the semantics version is part of the name");
    assertEquals(64, base.length());
  }
}
