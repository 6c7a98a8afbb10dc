package org.bnclaims.claim;

import org.bnclaims.data.DataUnavailableException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.opentest4j.TestAbortedException;

/**
 * Turns a dataset that cannot be had into SKIPPED: a {@link DataUnavailableException} anywhere in a
 * test, row or lifecycle method aborts it with the data library's message (saying what to put
 * where) and is remembered for the verdict, which leaves that test out and names it. Any other
 * exception is remembered as the claim's error, so no verdict is written for it, and fails the test
 * as usual.
 */
final class UnavailableDataExtension
    implements TestExecutionExceptionHandler, LifecycleMethodExecutionExceptionHandler {

  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable t) throws Throwable {
    throw classify(context, t);
  }

  @Override
  public void handleBeforeAllMethodExecutionException(ExtensionContext context, Throwable t)
      throws Throwable {
    throw classify(context, t);
  }

  @Override
  public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable t)
      throws Throwable {
    throw classify(context, t);
  }

  private static Throwable classify(ExtensionContext context, Throwable t) {
    ClaimState state = VerdictsExtension.stateOf(context).orElse(null);
    if (state == null) {
      return t; // the class failed before it started; JUnit reports that error
    }
    DataUnavailableException missing = Lab.findUnavailable(t);
    if (missing != null) {
      String where = context.getTestMethod().isPresent() ? context.getDisplayName() : "@BeforeAll";
      state.skip(where, missing.getMessage());
      return new TestAbortedException("SKIPPED: " + missing.getMessage(), t);
    }
    if (!(t instanceof TestAbortedException)) {
      state.error(t);
    }
    return t;
  }
}
