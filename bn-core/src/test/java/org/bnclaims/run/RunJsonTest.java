package org.bnclaims.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.bnclaims.probe.GradMagnitude;
import org.bnclaims.probe.LayerActivity;
import org.bnclaims.probe.NormParams;
import org.bnclaims.probe.ProbeResults;
import org.bnclaims.spec.EvalMode;
import org.bnclaims.spec.ProbeSpec;
import org.bnclaims.spec.RunSpec;
import org.bnclaims.verdict.Picture;
import org.junit.jupiter.api.Test;

class RunJsonTest {

  private static RunResult withProbes() {
    RunSpec spec = FakeRuns.spec(0).withProbes(ProbeSpec.NONE.withDeadUnits().withBnSnapshots(5));
    ProbeResults probes =
        new ProbeResults(
            List.of(new LayerActivity("relu1", 32, 3, 0.42)),
            List.of(
                new NormParams(
                    "bn1",
                    List.of(0, 5),
                    List.of(new double[] {1, 1}, new double[] {0.9, 1.1}),
                    List.of(new double[] {0, 0}, new double[] {-0.01, 1e-9}))),
            List.of(new GradMagnitude(0, 1e-3, 2.5e-4)),
            List.of(new Picture("unit 0", 2, 1, 1, new double[] {0.0, 1.0})),
            List.of(new Picture("class 3", 1, 1, 3, new double[] {0.2, 0.4, 0.6})),
            0.73);
    RunResult base = FakeRuns.result(spec, 4);
    return new RunResult(
        base.specHash(), 4, base.epochs(), false, -1, probes, 1.5, base.provenance());
  }

  private static RunResult diverged() {
    RunSpec spec = FakeRuns.spec(1);
    RunResult base = FakeRuns.result(spec, 2);
    List<EpochMetrics> epochs =
        List.of(
            base.epochs().get(0),
            new EpochMetrics(
                1,
                0.1,
                Double.NaN,
                0.1,
                List.of(
                    new EvalMetrics(EvalMode.RUNNING, Double.POSITIVE_INFINITY, 0.1),
                    new EvalMetrics(EvalMode.BATCH, Double.NEGATIVE_INFINITY, 0.1))));
    return new RunResult(
        base.specHash(), 2, epochs, true, 1, ProbeResults.EMPTY, 0.5, base.provenance());
  }

  @Test
  void roundTripKeepsProbesAndArrays() throws IOException {
    RunResult r = withProbes();
    RunResult back = RunJson.fromJson(RunJson.toJson(r), "test");
    assertEquals(r.specHash(), back.specHash());
    assertEquals(r.seed(), back.seed());
    assertEquals(r.epochs(), back.epochs());
    assertEquals(r.provenance(), back.provenance());
    assertEquals(r.probes().activity(), back.probes().activity());
    assertEquals(r.probes().gradMagnitudes(), back.probes().gradMagnitudes());
    NormParams np = r.probes().normParams().get(0);
    NormParams npBack = back.probes().normParams().get(0);
    assertEquals(np.steps(), npBack.steps());
    for (int i = 0; i < np.gamma().size(); i++) {
      assertArrayEquals(np.gamma().get(i), npBack.gamma().get(i));
      assertArrayEquals(np.beta().get(i), npBack.beta().get(i));
    }
    Picture p = r.probes().classVisualizations().get(0);
    Picture pBack = back.probes().classVisualizations().get(0);
    assertEquals(p.label(), pBack.label());
    assertEquals(p.channels(), pBack.channels());
    assertArrayEquals(p.pixels(), pBack.pixels());
    assertArrayEquals(
        r.probes().weightImages().get(0).pixels(), back.probes().weightImages().get(0).pixels());
    assertEquals(RunJson.toJson(r), RunJson.toJson(back), "a second write is identical");
  }

  @Test
  void divergedRunKeepsNaNAndInfinities() throws IOException {
    RunResult r = diverged();
    String json = RunJson.toJson(r);
    assertTrue(json.contains("\"NaN\""), json);
    RunResult back = RunJson.fromJson(json, "test");
    assertEquals(r, back, "no arrays here, so record equality applies (NaN equals NaN)");
    assertTrue(Double.isNaN(back.epochs().get(1).trainLoss()));
    assertEquals(Double.NEGATIVE_INFINITY, back.epochs().get(1).test().get(1).loss());
    assertTrue(back.diverged());
    assertEquals(1, back.divergedEpoch());
  }

  @Test
  void bareNaNTokensAreAccepted() throws IOException {
    String json = RunJson.toJson(diverged()).replace("\"NaN\"", "NaN");
    assertTrue(Double.isNaN(RunJson.fromJson(json, "test").epochs().get(1).trainLoss()));
  }

  @Test
  void garbageIsAClearError() {
    IOException e =
        assertThrows(IOException.class, () -> RunJson.fromJson("{\"seed\": [", "x/result.json"));
    assertTrue(e.getMessage().startsWith("x/result.json: not a valid run result"), e.getMessage());
  }
}
