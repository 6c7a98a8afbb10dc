package org.bnclaims.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.bnclaims.verdict.Outcome;
import org.junit.jupiter.api.Test;

class OrderingTest {
  // Seed noise shared by all arms (paired by seed) plus a small per-arm wiggle.
  static final double[] NOISE = {0.3, -0.5, 0.1, 0.8, -0.2, 0.0, 0.4, -0.6, 0.2, -0.1};
  static final double[] WIGGLE = {0.05, -0.04, 0.02, -0.03, 0.01, 0.04, -0.05, 0.03, -0.02, 0.0};

  static double[] arm(double level, int shift) {
    double[] x = new double[NOISE.length];
    for (int i = 0; i < x.length; i++) {
      x[i] = level + NOISE[i] + WIGGLE[(i + shift) % WIGGLE.length];
    }
    return x;
  }

  @Test
  void clearChainIsSupported() {
    OrderingResult r =
        Ordering.chain(
            List.of("BN", "GN", "none"), List.of(arm(98, 0), arm(96, 3), arm(94, 6)), 1, 0.05);
    assertEquals(Outcome.SUPPORTED, r.outcome());
    // Components: 2 adjacent (support) + 1 non-adjacent.
    assertEquals(3, r.components().size());
    assertEquals(2, r.components().stream().filter(OrderingResult.Component::support).count());
    assertEquals("BN - none", r.components().get(2).name());
    assertFalse(r.components().get(2).support());
  }

  @Test
  void reversedEndsRefute() {
    OrderingResult r =
        Ordering.chain(
            List.of("BN", "GN", "none"), List.of(arm(94, 0), arm(96, 3), arm(98, 6)), 1, 0.05);
    assertEquals(Outcome.REFUTED, r.outcome());
    assertTrue(r.holmPRefute().stream().anyMatch(p -> p <= 0.05));
  }

  @Test
  void oneUnclearStepIsInconclusive() {
    // GN - none per seed: mean 0.5 with sd about 1.6, so its interval covers both 0 and 1.
    double[] gn = arm(96, 3);
    double[] none = new double[gn.length];
    double[] step = {2.5, -1.2, 1.8, -0.4, 2.2, -1.0, 1.5, -0.6, 1.9, -1.7};
    for (int i = 0; i < gn.length; i++) {
      none[i] = gn[i] - step[i];
    }
    Decision gnNone = Directional.paired(gn, none, 1, 0.05);
    assertEquals(
        Outcome.INCONCLUSIVE, gnNone.outcome(), () -> java.util.Arrays.toString(gnNone.ci90()));
    OrderingResult r =
        Ordering.chain(List.of("BN", "GN", "none"), List.of(arm(98, 0), gn, none), 1, 0.05);
    assertEquals(Outcome.INCONCLUSIVE, r.outcome());
  }

  @Test
  void bestOfK() {
    List<double[]> arms = List.of(arm(98, 0), arm(96, 3), arm(95, 6), arm(94, 1));
    OrderingResult r = Ordering.bestOf(List.of("A", "B", "C", "D"), arms, 1, 0.05);
    assertEquals(Outcome.SUPPORTED, r.outcome());
    assertEquals(3, r.components().size());
    List<double[]> notBest = List.of(arm(96, 0), arm(98, 3), arm(95, 6));
    assertEquals(
        Outcome.REFUTED, Ordering.bestOf(List.of("A", "B", "C"), notBest, 1, 0.05).outcome());
  }

  @Test
  void endsNearComponentIsComposedByTheCaller() {
    // "BN_PLAIN ends near vanilla": a chain plus a no-effect component that must also hold.
    double[] bn = arm(98, 0);
    double[] plain = arm(96, 3);
    double[] vanilla = arm(96.05, 6);
    OrderingResult chain = Ordering.chain(List.of("BN", "BN_PLAIN"), List.of(bn, plain), 1, 0.05);
    List<OrderingResult.Component> parts = new ArrayList<>(chain.components());
    parts.add(
        new OrderingResult.Component(
            "BN_PLAIN ~ vanilla", NoEffect.paired(plain, vanilla, 0.5, 0.05), true));
    assertEquals(Outcome.SUPPORTED, Ordering.decide(parts, 0.05).outcome());
    // If the plain arm ends far from vanilla, the no-effect component refutes the whole claim.
    parts.set(
        1,
        new OrderingResult.Component(
            "BN_PLAIN ~ vanilla", NoEffect.paired(plain, arm(93, 6), 0.5, 0.05), true));
    assertEquals(Outcome.REFUTED, Ordering.decide(parts, 0.05).outcome());
  }

  @Test
  void validates() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Ordering.chain(List.of("A"), List.of(arm(1, 0), arm(2, 0)), 1, 0.05));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Ordering.chain(
                    List.of("A", "B"), List.of(arm(1, 0), new double[] {1, Double.NaN}), 1, 0.05));
    assertTrue(e.getMessage().startsWith("A - B"), e.getMessage());
  }
}
