package org.bnclaims.claim;

import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The lab of a claim class: sets up the engine before the class starts ({@link LabRuntime}: the
 * settings, PyTorch's thread pools, the run cache), so a bad setting fails the class before any
 * run, and resolves the {@link Lab} parameter of its test, lifecycle and argument-source methods:
 * one lab per class, kept in the class context's store, so every test and row of a claim shares its
 * seeds, its run counts and its prefetched runs.
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
                    (jobs, listener) -> runtime.run(claim.id(), jobs, listener)),
            Lab.class);
  }
}
