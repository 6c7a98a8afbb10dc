package org.bnclaims.claim;

import java.util.List;
import java.util.Map;
import org.bnclaims.verdict.RegimeCheck;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * The JUnit outcome of each test method or parameterized row, from the tests and regime checks it
 * recorded, joined by {@link Combination} and the {@link Regimes regime rule}: SUPPORTED passes,
 * REFUTED fails with every test's numbers, INCONCLUSIVE aborts with the reason. In the smoke
 * profile the test passes whatever the verdict and the verdict is printed (not evidence).
 */
final class TestOutcomeExtension implements AfterTestExecutionCallback {

  @Override
  public void afterTestExecution(ExtensionContext context) {
    if (context.getExecutionException().isPresent()) {
      return;
    }
    Verdicts verdicts = VerdictsExtension.verdictsOf(context).orElse(null);
    List<Component> tests = verdicts == null ? List.of() : verdicts.recorded();
    List<RegimeCheck> checks = verdicts == null ? List.of() : verdicts.recordedChecks();
    if (tests.isEmpty() && checks.isEmpty()) {
      return;
    }
    ClaimState state = VerdictsExtension.state(context);
    Combination c =
        Regimes.apply(
            Combination.of(tests, state.claim.alpha()),
            checks,
            state.profile.key(),
            state.claim.decidedBy());
    String id = state.claim.id();
    String row = VerdictsExtension.rowName(context);
    String where = row == null ? id : id + " [" + row + "]";
    if (!state.profile.evidence()) {
      String line = where + ": " + c.outcome() + " (smoke profile, not evidence). " + c.reason();
      context.publishReportEntry(Map.of("bn-verdict", line));
      System.out.println("[bn-claims] " + line);
      return;
    }
    switch (c.outcome()) {
      case REFUTED ->
          throw new AssertionFailedError(where + " REFUTED. " + c.reason() + "\n" + c.details());
      case INCONCLUSIVE ->
          throw new TestAbortedException(
              where + " INCONCLUSIVE. " + c.reason() + "\n" + c.details());
      default -> {}
    }
  }
}
