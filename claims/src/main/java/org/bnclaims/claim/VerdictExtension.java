package org.bnclaims.claim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.bnclaims.data.DataUnavailableException;
import org.bnclaims.verdict.ClaimVerdict;
import org.bnclaims.verdict.Outcome;
import org.bnclaims.verdict.VerdictJson;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * Turns a claim's decisions into JUnit outcomes and its verdict file.
 *
 * <p>After each test method, the tests it recorded are joined by {@link Combination}: SUPPORTED
 * passes, REFUTED fails with every test's numbers, INCONCLUSIVE aborts with the reason; in the
 * smoke profile the method passes whatever the verdict and the verdict is printed. A {@link
 * DataUnavailableException} anywhere in a test or lifecycle method aborts it as SKIPPED with the
 * message saying what to put where. After the class, every test of every method is joined into one
 * {@link ClaimVerdict} written atomically to {@code <bn.verdictDir>/<id>.json}. Any other exception
 * fails the test as usual and no verdict is written (a stale file of an earlier run is deleted when
 * the class starts), so a broken claim shows as an error, never as a verdict.
 */
final class VerdictExtension
    implements BeforeAllCallback,
        ParameterResolver,
        TestExecutionExceptionHandler,
        LifecycleMethodExecutionExceptionHandler,
        AfterTestExecutionCallback,
        AfterAllCallback {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(VerdictExtension.class);

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    ExtensionContext owner = ClaimContexts.classContext(context);
    Claim claim = ClaimContexts.claim(owner);
    check(claim, owner.getRequiredTestClass().getName());
    Settings settings = LabRuntime.of(context).settings;
    owner.getStore(NAMESPACE).put(ClaimState.class, new ClaimState(claim, settings.profile()));
    Files.deleteIfExists(verdictFile(settings, claim));
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Verdicts.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(Verdicts.class, k -> new Verdicts(state(context)), Verdicts.class);
  }

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

  /** Unavailable data becomes a SKIPPED abort; anything else is remembered and rethrown. */
  private static Throwable classify(ExtensionContext context, Throwable t) {
    ClaimState state = state(context);
    DataUnavailableException missing = Lab.findUnavailable(t);
    if (missing != null) {
      state.skip(missing.getMessage());
      return new TestAbortedException("SKIPPED: " + missing.getMessage(), t);
    }
    if (!(t instanceof TestAbortedException)) {
      state.error(t);
    }
    return t;
  }

  @Override
  public void afterTestExecution(ExtensionContext context) {
    if (context.getExecutionException().isPresent()) {
      return;
    }
    Verdicts verdicts = context.getStore(NAMESPACE).get(Verdicts.class, Verdicts.class);
    List<Component> tests = verdicts == null ? List.of() : verdicts.recorded();
    if (tests.isEmpty()) {
      return;
    }
    ClaimState state = state(context);
    Combination c = Combination.of(tests, state.claim.alpha());
    String id = state.claim.id();
    if (!state.profile.evidence()) {
      String line = id + ": " + c.outcome() + " (smoke profile, not evidence). " + c.reason();
      context.publishReportEntry(Map.of("bn-verdict", line));
      System.out.println("[bn-claims] " + line);
      return;
    }
    switch (c.outcome()) {
      case REFUTED ->
          throw new AssertionFailedError(id + " REFUTED. " + c.reason() + "\n" + c.details());
      case INCONCLUSIVE ->
          throw new TestAbortedException(id + " INCONCLUSIVE. " + c.reason() + "\n" + c.details());
      default -> {}
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    ClaimState state =
        ClaimContexts.classContext(context)
            .getStore(NAMESPACE)
            .get(ClaimState.class, ClaimState.class);
    if (state == null) {
      return; // the class failed before it started; JUnit reports that error
    }
    Claim claim = state.claim;
    if (state.error() != null) {
      System.out.println(
          "[bn-claims] "
              + claim.id()
              + ": no verdict written, the claim failed with "
              + state.error());
      return;
    }
    Lab lab = LabExtension.labOf(context).orElse(null);
    Outcome outcome;
    String reason;
    if (state.skipped() != null) {
      outcome = Outcome.SKIPPED;
      reason = state.skipped();
    } else {
      Combination c = Combination.of(state.components(), claim.alpha());
      outcome = c.outcome();
      reason = c.reason();
    }
    List<String> notes = state.notes();
    if (!notes.isEmpty()) {
      reason += " Notes: " + String.join(" ", notes);
    }
    Settings settings = LabRuntime.of(context).settings;
    ClaimVerdict verdict =
        new ClaimVerdict(
            claim.id(),
            claim.statement(),
            claim.source(),
            outcome,
            reason,
            state.profile.key(),
            state.profile.evidence() && (lab == null || !lab.ranSynthetic()),
            claim.paperSetting(),
            lab == null ? "nothing ran" : lab.runSetting(),
            List.of(claim.conflicts()),
            state.components().stream().map(Component::report).toList(),
            state.charts(),
            lab == null ? 0 : lab.runs(),
            lab == null ? 0 : lab.cacheHits(),
            lab == null ? 0 : lab.failures(),
            (System.nanoTime() - state.startNanos) / 1e9);
    try {
      VerdictJson.writeClaim(verdict, verdictFile(settings, claim));
    } catch (UncheckedIOException e) {
      throw new UncheckedIOException(
          "cannot write the verdict of claim " + claim.id() + ": " + e.getMessage(), e.getCause());
    }
  }

  static Path verdictFile(Settings settings, Claim claim) {
    return settings.verdictDir().resolve(claim.id() + ".json");
  }

  private static ClaimState state(ExtensionContext context) {
    ClaimState s =
        ClaimContexts.classContext(context)
            .getStore(NAMESPACE)
            .get(ClaimState.class, ClaimState.class);
    if (s == null) {
      throw new IllegalStateException("claim state missing for " + context.getUniqueId());
    }
    return s;
  }

  private static void check(Claim claim, String where) {
    if (!claim.id().matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
      throw new IllegalArgumentException(
          where + ": @Claim id '" + claim.id() + "' must be letters, digits, '.', '_', '-'");
    }
    if (!(claim.margin() > 0) || Double.isInfinite(claim.margin())) {
      throw new IllegalArgumentException(
          where + ": @Claim margin must be a positive number, got " + claim.margin());
    }
    if (!(claim.alpha() > 0 && claim.alpha() < 0.5)) {
      throw new IllegalArgumentException(
          where + ": @Claim alpha must be in (0, 0.5), got " + claim.alpha());
    }
    for (String field : new String[] {claim.statement(), claim.source(), claim.paperSetting()}) {
      if (field.isBlank()) {
        throw new IllegalArgumentException(
            where + ": @Claim statement, source and paperSetting must not be blank");
      }
    }
  }
}
