package org.bnclaims.stats;

import java.util.List;
import org.bnclaims.verdict.Outcome;

/**
 * An ordering verdict with every component decision behind it.
 *
 * @param outcome the overall verdict
 * @param components the component decisions, support set and refute family
 * @param holmPRefute Holm-adjusted pRefute per component, in component order
 */
public record OrderingResult(
    Outcome outcome, List<Component> components, List<Double> holmPRefute) {

  /** Copies the lists so the result cannot change. */
  public OrderingResult {
    components = List.copyOf(components);
    holmPRefute = List.copyOf(holmPRefute);
  }

  /**
   * One component of an ordering.
   *
   * @param name readable name, e.g. {@code "BN - GN"}
   * @param decision its own decision
   * @param support whether it must be SUPPORTED for the ordering to be (adjacent pairs of a chain);
   *     every component is in the Holm refute family
   */
  public record Component(String name, Decision decision, boolean support) {}
}
