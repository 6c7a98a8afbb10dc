package org.bnclaims.report;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.bnclaims.verdict.ClaimVerdict;
import org.bnclaims.verdict.Outcome;
import org.bnclaims.verdict.TestReport;

/**
 * The test that decided a claim's verdict, found by the rule the claim API uses to join a claim's
 * tests (its {@code Combination}; docs/statistics.md 3c), so the summary shows the number the
 * reason quotes rather than whichever test came first: for REFUTED the test with the smallest
 * p_refute (Holm keeps their order), for SUPPORTED the supporting test with the largest p_support
 * (the weakest link of the intersection-union test), for INCONCLUSIVE the first test that is not
 * SUPPORTED; otherwise the first test.
 */
public final class DecidingTest {

  private DecidingTest() {}

  /** The deciding test, or empty when the claim has none. */
  public static Optional<TestReport> of(ClaimVerdict c) {
    List<TestReport> tests =
        c.tests() == null ? List.of() : c.tests().stream().filter(Objects::nonNull).toList();
    if (tests.isEmpty()) {
      return Optional.empty();
    }
    Optional<TestReport> decided =
        switch (c.verdict() == null ? Outcome.SKIPPED : c.verdict()) {
          case REFUTED ->
              tests.stream()
                  .filter(t -> !Double.isNaN(t.pRefute()))
                  .min(Comparator.comparingDouble(TestReport::pRefute));
          case SUPPORTED ->
              tests.stream()
                  .filter(t -> t.outcome() == Outcome.SUPPORTED && !Double.isNaN(t.pSupport()))
                  .max(Comparator.comparingDouble(TestReport::pSupport));
          case INCONCLUSIVE ->
              tests.stream().filter(t -> t.outcome() != Outcome.SUPPORTED).findFirst();
          case SKIPPED -> Optional.empty();
        };
    return decided.or(() -> Optional.of(tests.get(0)));
  }
}
