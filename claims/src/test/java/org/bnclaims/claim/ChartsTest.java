package org.bnclaims.claim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bnclaims.probe.NormParams;
import org.bnclaims.probe.ProbeResults;
import org.bnclaims.run.EpochMetrics;
import org.bnclaims.run.EvalMetrics;
import org.bnclaims.run.RunResult;
import org.bnclaims.spec.EvalMode;
import org.bnclaims.stats.Decision;
import org.bnclaims.verdict.Chart;
import org.bnclaims.verdict.Outcome;
import org.bnclaims.verdict.Series;
import org.junit.jupiter.api.Test;

class ChartsTest {

  private static RunResult result(long seed, ProbeResults probes, double... accuracy) {
    List<EpochMetrics> epochs = new java.util.ArrayList<>();
    for (int e = 0; e < accuracy.length; e++) {
      epochs.add(
          new EpochMetrics(
              e,
              0.1,
              1 - accuracy[e],
              0,
              List.of(new EvalMetrics(EvalMode.RUNNING, 0, accuracy[e]))));
    }
    return new RunResult("h", seed, epochs, false, -1, probes, 0, null);
  }

  @Test
  void curvesAreMeanPlusMinusSdOverSeeds() {
    Arm arm =
        new Arm(
            "BN",
            FakeRuns.spec(FakeRuns.LR_A),
            List.of(1L, 2L),
            List.of(
                result(1, ProbeResults.EMPTY, 0.5, 0.7), result(2, ProbeResults.EMPTY, 0.6, 0.9)));
    Chart c = Charts.testAccuracyCurves(arm);
    assertEquals("line", c.type());
    Series s = c.series().get(0);
    assertEquals(List.of(1.0, 2.0), s.x());
    assertEquals(55.0, s.y().get(0), 1e-9); // mean of 50 and 60
    // SD of {70, 90} = sqrt(((-10)^2 + 10^2) / 1) = 14.142
    assertEquals(80 - Math.sqrt(200), s.lo().get(1), 1e-9);
    assertEquals(80 + Math.sqrt(200), s.hi().get(1), 1e-9);
  }

  @Test
  void heatmapSortsChannelsByFinalValueAndCentersGammaOnOne() {
    NormParams p =
        new NormParams(
            "bn1",
            List.of(0, 10),
            List.of(new double[] {1, 1, 1}, new double[] {1.2, 0.8, 1.0}),
            List.of());
    ProbeResults probes =
        new ProbeResults(List.of(), List.of(p), List.of(), List.of(), List.of(), Double.NaN);
    Arm arm =
        new Arm("BN", FakeRuns.spec(FakeRuns.LR_A), List.of(1L), List.of(result(1, probes, 0.5)));
    Chart c = Charts.normParamHeatmap(arm, 0, true);
    assertEquals("heatmap", c.type());
    assertEquals(1.0, c.center());
    assertArrayEquals(new double[] {0.8, 1.0, 1.2}, c.matrix()[1]);
    assertThrows(IllegalArgumentException.class, () -> Charts.normParamHeatmap(arm, 0, false));
  }

  @Test
  void estimateBarsCarryTheDecisionInterval() {
    Decision d =
        new Decision(
            Outcome.SUPPORTED,
            2,
            new double[] {1, 3},
            new double[] {0.5, 3.5},
            0.01,
            0.9,
            1,
            5,
            1,
            0.05,
            Map.of(),
            List.of());
    Map<String, Decision> gains = new LinkedHashMap<>();
    gains.put("8", d);
    gains.put("32", d);
    Chart c = Charts.estimateBars("BN gain", "batch size", "gain (points)", gains);
    assertEquals(List.of("8", "32"), c.categories());
    assertEquals(List.of(1.0, 1.0), c.series().get(0).lo());
    assertEquals(List.of(3.0, 3.0), c.series().get(0).hi());
  }
}
