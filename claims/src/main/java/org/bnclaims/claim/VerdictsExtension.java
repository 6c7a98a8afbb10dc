package org.bnclaims.claim;

import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The claim's record: checks the {@link Claim} declaration before the class starts, keeps the
 * {@link ClaimState} in the class context's store, and resolves the {@link Verdicts} parameter, one
 * per test method or parameterized row (in that test's store), which knows the row's display name.
 * The other claim extensions read the state through {@link #state}.
 */
final class VerdictsExtension implements BeforeAllCallback, ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(VerdictsExtension.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    ExtensionContext owner = ClaimContexts.classContext(context);
    Claim claim = ClaimContexts.claim(owner);
    check(claim, owner.getRequiredTestClass().getName());
    Profile profile = LabRuntime.of(context).settings.profile();
    owner.getStore(NAMESPACE).put(ClaimState.class, new ClaimState(claim, profile));
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Verdicts.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            Verdicts.class, k -> new Verdicts(state(context), rowName(context)), Verdicts.class);
  }

  /** The Verdicts resolved for exactly this test context, if its test took one. */
  static Optional<Verdicts> verdictsOf(ExtensionContext context) {
    return Optional.ofNullable(context.getStore(NAMESPACE).get(Verdicts.class, Verdicts.class));
  }

  /** The state of the claim class around {@code context}, if its class has started. */
  static Optional<ClaimState> stateOf(ExtensionContext context) {
    return Optional.ofNullable(
        ClaimContexts.classContext(context)
            .getStore(NAMESPACE)
            .get(ClaimState.class, ClaimState.class));
  }

  /** The state of the claim class around {@code context}. */
  static ClaimState state(ExtensionContext context) {
    return stateOf(context)
        .orElseThrow(
            () -> new IllegalStateException("claim state missing for " + context.getUniqueId()));
  }

  /**
   * The display name of a parameterized row (a test-template invocation, whose parent is the
   * method's context), or null for a plain test method or a class-level context.
   */
  static String rowName(ExtensionContext context) {
    boolean row =
        context.getTestMethod().isPresent()
            && context.getParent().flatMap(ExtensionContext::getTestMethod).isPresent();
    return row ? context.getDisplayName() : null;
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
