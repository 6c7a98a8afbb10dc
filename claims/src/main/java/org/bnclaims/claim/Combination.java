package org.bnclaims.claim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.bnclaims.stats.Ordering;
import org.bnclaims.stats.OrderingResult;
import org.bnclaims.verdict.Outcome;

/**
 * Joins the tests of a claim into its verdict (docs/statistics.md 3c): SUPPORTED iff every support
 * component is SUPPORTED at alpha (an intersection-union test, no correction); REFUTED iff Holm
 * over all components' pRefute rejects any; otherwise INCONCLUSIVE. The reason names the deciding
 * test with its numbers; the details list every test.
 *
 * @param outcome the claim's verdict
 * @param reason one or two sentences with the deciding numbers
 * @param details one line per test with all its numbers
 */
record Combination(Outcome outcome, String reason, String details) {

  static Combination of(List<Component> components, double alpha) {
    if (components.isEmpty()) {
      return new Combination(
          Outcome.INCONCLUSIVE,
          "No statistical test was recorded, so there is nothing to decide.",
          "(no tests)");
    }
    List<OrderingResult.Component> parts =
        components.stream()
            .map(c -> new OrderingResult.Component(c.name(), c.decision(), c.support()))
            .toList();
    OrderingResult r = Ordering.decide(parts, alpha);
    List<Double> holm = r.holmPRefute();
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < components.size(); i++) {
      lines.add("  " + components.get(i).describe(holm.get(i)));
    }
    String details = String.join("\n", lines);
    return new Combination(r.outcome(), reason(r.outcome(), components, holm, alpha), details);
  }

  private static String reason(
      Outcome outcome, List<Component> cs, List<Double> holm, double alpha) {
    int k = cs.size();
    switch (outcome) {
      case REFUTED -> {
        int best = 0;
        List<String> others = new ArrayList<>();
        for (int i = 0; i < k; i++) {
          if (holm.get(i) < holm.get(best)) {
            best = i;
          }
        }
        for (int i = 0; i < k; i++) {
          if (i != best && holm.get(i) <= alpha) {
            others.add(cs.get(i).name());
          }
        }
        Component c = cs.get(best);
        return "Refuted by "
            + c.numbers()
            + ": the interval rules out the claimed effect (p_refute "
            + Fmt.num(c.decision().pRefute())
            + (k > 1 ? ", Holm-adjusted over " + k + " tests " + Fmt.num(holm.get(best)) : "")
            + " <= alpha "
            + Fmt.num(alpha)
            + ")."
            + (others.isEmpty() ? "" : " Also refuted: " + String.join(", ", others) + ".");
      }
      case SUPPORTED -> {
        List<Component> support = cs.stream().filter(Component::support).toList();
        Component weakest =
            support.stream()
                .max(Comparator.comparingDouble(c -> c.decision().pSupport()))
                .orElseThrow();
        String lead =
            support.size() == 1
                ? "Supported: "
                : "All " + support.size() + " tests support the claim; the weakest is ";
        return lead
            + weakest.numbers()
            + " (p_support "
            + Fmt.num(weakest.decision().pSupport())
            + " <= alpha "
            + Fmt.num(alpha)
            + ").";
      }
      default -> {
        List<Component> open =
            cs.stream()
                .filter(c -> c.support() && c.decision().outcome() != Outcome.SUPPORTED)
                .toList();
        Component first = open.get(0);
        String rest =
            open.size() > 1
                ? " Also undecided: "
                    + open.stream().skip(1).map(Component::name).collect(Collectors.joining(", "))
                    + "."
                : "";
        String why =
            first.decision().outcome() == Outcome.REFUTED
                ? "; refuted on its own, but not after Holm's correction over " + k + " tests"
                : "; the interval decides neither for nor against the claim at alpha "
                    + Fmt.num(alpha);
        return "Inconclusive: " + first.numbers() + why + "." + rest;
      }
    }
  }
}
