package org.bnclaims.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.bnclaims.verdict.Outcome;
import org.bnclaims.verdict.RegimeCheck;

/**
 * The regime rule (DESIGN.md section 10): a claim whose reference arm did not reach the regime its
 * finding is about is INCONCLUSIVE, never SUPPORTED or REFUTED, and its reason says which check
 * failed by how much and which profile would decide it. Applied after {@link Combination}, so the
 * statistical tests are still computed and reported; they only stop deciding.
 */
final class Regimes {

  private Regimes() {}

  /** The sample's mean over seeds; NaN when any seed's value is not finite. */
  static double meanOverSeeds(Sample s) {
    double sum = 0;
    for (double v : s.values()) {
      if (!Double.isFinite(v)) {
        return Double.NaN;
      }
      sum += v;
    }
    return sum / s.size();
  }

  /**
   * {@code c} when every check passed; otherwise INCONCLUSIVE with the failed checks in the reason
   * and every check before the tests' details.
   *
   * @param setting the profile that ran, e.g. {@code "reduced"}
   * @param decidedBy the profile that would decide the claim, from {@link Claim#decidedBy}
   */
  static Combination apply(
      Combination c, List<RegimeCheck> checks, String setting, String decidedBy) {
    List<RegimeCheck> failed = checks.stream().filter(r -> !r.passed()).toList();
    if (failed.isEmpty()) {
      return c;
    }
    String reason =
        "Inconclusive: the "
            + setting
            + " setting did not reach the regime this finding is about: "
            + failed.stream().map(Regimes::describe).collect(Collectors.joining("; "))
            + ". The tests below are reported but decide nothing here."
            + (decidedBy.isBlank() ? "" : " Would be decided by: " + decidedBy + ".");
    List<String> lines = new ArrayList<>();
    checks.forEach(
        r -> lines.add("  regime " + (r.passed() ? "passed" : "FAILED") + ": " + describe(r)));
    lines.add(c.details());
    return new Combination(Outcome.INCONCLUSIVE, reason, String.join("\n", lines));
  }

  /** {@code "BN train acc (%) reached 41.2 (mean over seeds), needs >= 60 [row]"}. */
  static String describe(RegimeCheck r) {
    return r.name()
        + " reached "
        + Fmt.num(r.value())
        + " (mean over seeds), needs "
        + r.comparison()
        + " "
        + Fmt.num(r.threshold())
        + (r.row() == null ? "" : " [" + r.row() + "]");
  }
}
