package org.bnclaims.stats;

import java.util.ArrayList;
import java.util.List;
import org.bnclaims.verdict.Outcome;

/**
 * Decides an ordering among k variants ("BN > GN > none", "A is best of k") by splitting it into
 * paired directional components (docs/statistics.md 3c).
 *
 * <p>SUPPORTED iff every support component is SUPPORTED at alpha, with no correction: an
 * intersection-union test (Berger 1982) is level alpha as it stands. REFUTED iff any component of
 * the refute family is refuted under Holm over the components' pRefute values; the family includes
 * non-adjacent pairs, so reversed ends refute too. The refute rule is checked first, as in the
 * directional rule. Otherwise INCONCLUSIVE.
 */
public final class Ordering {
  private Ordering() {}

  /**
   * A chain with arms in the claimed order, best first, paired by seed: support components are the
   * adjacent pairs, the refute family is all pairs i < j.
   *
   * @param names one name per arm, best first
   * @param arms one value per seed per arm, in the same seed order
   * @param margin the claim's margin per adjacent step
   * @param alpha one-sided alpha in (0, 0.5)
   */
  public static OrderingResult chain(
      List<String> names, List<double[]> arms, double margin, double alpha) {
    return chain(names, arms, margin, alpha, Directional::paired);
  }

  /** {@link #chain(List, List, double, double)} with another pairwise procedure. */
  public static OrderingResult chain(
      List<String> names, List<double[]> arms, double margin, double alpha, Procedure pairwise) {
    check(names, arms, pairwise);
    List<OrderingResult.Component> components = new ArrayList<>();
    for (int gap = 1; gap < arms.size(); gap++) {
      for (int i = 0; i + gap < arms.size(); i++) {
        components.add(pair(names, arms, i, i + gap, gap == 1, margin, alpha, pairwise));
      }
    }
    return decide(components, alpha);
  }

  /**
   * "The first arm is best of k": the first arm against each other arm, all components in the
   * support set and in the refute family.
   */
  public static OrderingResult bestOf(
      List<String> names, List<double[]> arms, double margin, double alpha) {
    return bestOf(names, arms, margin, alpha, Directional::paired);
  }

  /** {@link #bestOf(List, List, double, double)} with another pairwise procedure. */
  public static OrderingResult bestOf(
      List<String> names, List<double[]> arms, double margin, double alpha, Procedure pairwise) {
    check(names, arms, pairwise);
    List<OrderingResult.Component> components = new ArrayList<>();
    for (int j = 1; j < arms.size(); j++) {
      components.add(pair(names, arms, 0, j, true, margin, alpha, pairwise));
    }
    return decide(components, alpha);
  }

  /**
   * Composes any components, e.g. a chain plus an "ends near" no-effect component from {@link
   * NoEffect#paired}: SUPPORTED iff every component marked {@code support} is SUPPORTED; REFUTED
   * iff Holm over all components' pRefute rejects any; else INCONCLUSIVE.
   */
  public static OrderingResult decide(List<OrderingResult.Component> components, double alpha) {
    Inputs.alpha(alpha);
    if (components == null || components.isEmpty()) {
      throw new IllegalArgumentException("an ordering needs at least one component");
    }
    if (components.stream().noneMatch(OrderingResult.Component::support)) {
      throw new IllegalArgumentException("an ordering needs at least one support component");
    }
    double[] pRefute = new double[components.size()];
    for (int i = 0; i < pRefute.length; i++) {
      pRefute[i] = components.get(i).decision().pRefute();
    }
    double[] adjusted = Holm.adjust(pRefute);
    boolean refuted = false;
    boolean allSupported = true;
    for (int i = 0; i < adjusted.length; i++) {
      refuted |= adjusted[i] <= alpha;
      OrderingResult.Component c = components.get(i);
      if (c.support() && c.decision().outcome() != Outcome.SUPPORTED) {
        allSupported = false;
      }
    }
    Outcome outcome =
        refuted ? Outcome.REFUTED : allSupported ? Outcome.SUPPORTED : Outcome.INCONCLUSIVE;
    List<Double> holm = new ArrayList<>();
    for (double p : adjusted) {
      holm.add(p);
    }
    return new OrderingResult(outcome, components, holm);
  }

  private static OrderingResult.Component pair(
      List<String> names,
      List<double[]> arms,
      int i,
      int j,
      boolean support,
      double margin,
      double alpha,
      Procedure pairwise) {
    String name = names.get(i) + " - " + names.get(j);
    Decision d;
    try {
      d = pairwise.decide(arms.get(i), arms.get(j), margin, alpha);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
    }
    return new OrderingResult.Component(name, d, support);
  }

  private static void check(List<String> names, List<double[]> arms, Procedure pairwise) {
    if (names == null || arms == null) {
      throw new IllegalArgumentException("names and arms must not be null");
    }
    if (pairwise == null) {
      throw new IllegalArgumentException("the pairwise procedure must not be null");
    }
    Inputs.hasNames("ordering", names.size(), arms.size());
    if (arms.size() < 2) {
      throw new IllegalArgumentException("an ordering needs at least 2 arms, got " + arms.size());
    }
  }
}
