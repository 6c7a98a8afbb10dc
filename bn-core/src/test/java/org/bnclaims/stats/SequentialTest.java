package org.bnclaims.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.apache.commons.math3.random.Well19937c;
import org.bnclaims.verdict.Outcome;
import org.bnclaims.verdict.TestReport;
import org.junit.jupiter.api.Test;

class SequentialTest {

  /** Seeds 0..19 of a paired experiment with true difference {@code delta}; records look sizes. */
  static IntFunction<double[][]> seeds(double delta, long seed, List<Integer> asked) {
    Well19937c rng = new Well19937c(seed);
    double[] a = new double[20];
    double[] b = new double[20];
    for (int i = 0; i < 20; i++) {
      b[i] = 90 + rng.nextGaussian();
      a[i] = b[i] + delta + rng.nextGaussian();
    }
    return n -> {
      asked.add(n);
      return new double[][] {java.util.Arrays.copyOf(a, n), java.util.Arrays.copyOf(b, n)};
    };
  }

  @Test
  void overwhelmingEffectStopsAtTheFirstLook() {
    List<Integer> asked = new ArrayList<>();
    SequentialResult r =
        Sequential.run(
            Sequential.Design.OBRIEN_FLEMING, seeds(20, 1, asked), Directional::paired, 1);
    assertEquals(Outcome.SUPPORTED, r.outcome());
    assertEquals(5, r.stoppedAt());
    assertEquals(List.of(5), asked);
    assertEquals(0.0003, r.decision().alpha(), 0);
  }

  @Test
  void noEffectRunsToTheLastLookOrStopsForFutility() {
    List<Integer> asked = new ArrayList<>();
    SequentialResult r =
        Sequential.run(
            Sequential.Design.OBRIEN_FLEMING, seeds(0, 2, asked), Directional::pairedT, 0.3);
    // Margin 0.3 sd: futility cannot be shown before late looks; Delta = 0 never supports here.
    assertTrue(r.outcome() != Outcome.SUPPORTED);
    assertEquals(Sequential.LOOKS.subList(0, asked.size()), asked);
    if (r.outcome() == Outcome.INCONCLUSIVE) {
      assertEquals(20, r.stoppedAt());
    }
  }

  @Test
  void largeMarginWithNoEffectStopsForFutility() {
    List<Integer> asked = new ArrayList<>();
    SequentialResult r =
        Sequential.run(
            Sequential.Design.HAYBITTLE_PETO, seeds(0, 3, asked), Directional::pairedT, 5);
    assertEquals(Outcome.REFUTED, r.outcome());
    assertTrue(r.stoppedAt() < 20);
  }

  @Test
  void reportCarriesTheLooks() {
    SequentialResult r =
        Sequential.run(
            Sequential.Design.OBRIEN_FLEMING,
            seeds(20, 1, new ArrayList<>()),
            Directional::paired,
            1);
    TestReport t = r.toReport("A - B", "directional", Map.of());
    assertEquals(1, t.extra().get("looks"), 0);
    assertEquals(5, t.extra().get("stoppedAt"), 0);
    assertEquals(0.0003, t.extra().get("boundary"), 0);
  }

  @Test
  void rejectsWrongBatches() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Sequential.run(
                    Sequential.Design.POCOCK,
                    n -> new double[][] {new double[3], new double[3]},
                    Directional::pairedT,
                    1));
    assertTrue(e.getMessage().contains("firstSeeds(5)"), e.getMessage());
  }
}
