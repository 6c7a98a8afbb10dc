package org.bnclaims.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import org.bnclaims.spec.CanonicalJson;
import org.bnclaims.spec.RunSpec;
import org.bnclaims.spec.SpecHash;
import org.junit.jupiter.api.Test;

class ProvenancesTest {

  @Test
  void generatedFromTheSpecAndTheRuntime() throws Exception {
    RunSpec spec = FakeRuns.spec(3);
    Provenance p = Provenances.current(spec, "cpu", 1);
    assertEquals(RunJson.mapper().readTree(CanonicalJson.of(spec)), p.spec());
    assertEquals(SpecHash.of(spec), p.specHash());
    assertEquals(SpecHash.SEMANTICS_VERSION, p.semanticsVersion());
    assertTrue(p.gitSha().matches("[0-9a-f]{40}(-dirty)?|unknown"), p.gitSha());
    // Maven filtered bn-core-build.properties with the project version (see bn-core/pom.xml).
    assertTrue(p.bnCoreVersion().matches("\\d+\\.\\d+\\.\\d+.*"), p.bnCoreVersion());
    assertEquals(Engine.getDjlVersion(), p.djlVersion());
    assertEquals(Engine.getEngine("PyTorch").getVersion(), p.engineVersion());
    assertEquals("cpu", p.device());
    assertEquals(1, p.threads());
    assertTrue(p.jdk().startsWith(System.getProperty("java.version")), p.jdk());
    assertTrue(p.os().startsWith(System.getProperty("os.name")), p.os());
  }

  @Test
  void survivesTheJsonRoundTrip() throws Exception {
    RunSpec spec = FakeRuns.spec(3);
    RunResult r =
        new RunResult(
            SpecHash.of(spec),
            1,
            FakeRuns.result(spec, 1).epochs(),
            false,
            -1,
            org.bnclaims.probe.ProbeResults.EMPTY,
            0.1,
            Provenances.current(spec, "cpu", 2));
    assertEquals(r, RunJson.fromJson(RunJson.toJson(r), "test"));
  }
}
