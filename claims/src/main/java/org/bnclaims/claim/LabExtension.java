package org.bnclaims.claim;

import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Resolves the {@link Lab} parameter: one lab per claim class, kept in the class context's store,
 * so every test method of a claim shares its seeds and its run counts.
 */
final class LabExtension implements BeforeAllCallback, ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(LabExtension.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    labFor(context);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Lab.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return labFor(context);
  }

  /** The lab of the claim class around {@code context}, if one was created. */
  static Optional<Lab> labOf(ExtensionContext context) {
    return Optional.ofNullable(
        ClaimContexts.classContext(context).getStore(NAMESPACE).get(Lab.class, Lab.class));
  }

  private static Lab labFor(ExtensionContext context) {
    ExtensionContext owner = ClaimContexts.classContext(context);
    Claim claim = ClaimContexts.claim(owner);
    LabRuntime runtime = LabRuntime.of(context);
    return owner
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            Lab.class,
            k ->
                new Lab(
                    runtime.settings.profile(),
                    runtime.settings.seedCount(claim.seeds()),
                    runtime.executor),
            Lab.class);
  }
}
