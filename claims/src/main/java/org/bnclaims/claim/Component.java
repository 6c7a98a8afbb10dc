package org.bnclaims.claim;

import org.bnclaims.stats.Decision;
import org.bnclaims.verdict.TestReport;

/**
 * One statistical test recorded by {@link Verdicts}.
 *
 * @param report its verdict-file form
 * @param decision the decision behind it
 * @param support whether the claim needs it SUPPORTED (false for the non-adjacent pairs of an
 *     ordering, which are only in the refute family)
 */
record Component(TestReport report, Decision decision, boolean support) {

  String name() {
    return report.name();
  }

  /** One line with every number of the test, for failure messages. */
  String describe(double holmPRefute) {
    return String.format(
        "%s [%s]: %s, estimate %s, 90%% CI %s, margin %s, p_support %s, p_refute %s (Holm %s),"
            + " effect size %s, n = %d%s",
        report.name(),
        report.kind(),
        decision.outcome(),
        Fmt.signed(decision.estimate()),
        Fmt.interval(decision.ci90()),
        Fmt.num(decision.margin()),
        Fmt.num(decision.pSupport()),
        Fmt.num(decision.pRefute()),
        Fmt.num(holmPRefute),
        Fmt.num(decision.effectSize()),
        decision.n(),
        support ? "" : " (refute family only)");
  }

  /** The deciding numbers in a few words: estimate, interval, margin, n. */
  String numbers() {
    return String.format(
        "%s: estimate %s, 90%% CI %s, margin %s, n = %d",
        report.name(),
        Fmt.signed(decision.estimate()),
        Fmt.interval(decision.ci90()),
        Fmt.num(decision.margin()),
        decision.n());
  }
}
