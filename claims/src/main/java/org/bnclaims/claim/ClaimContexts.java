package org.bnclaims.claim;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.platform.commons.support.AnnotationSupport;

/** Finds the claim class's context and annotation from any context below it. */
final class ClaimContexts {

  private ClaimContexts() {}

  /** The nearest enclosing context of a class annotated with {@link Claim}. */
  static ExtensionContext classContext(ExtensionContext context) {
    for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
      if (c.getTestMethod().isEmpty()
          && c.getTestClass()
              .map(t -> AnnotationSupport.isAnnotated(t, Claim.class))
              .orElse(false)) {
        return c;
      }
    }
    throw new ParameterResolutionException(
        context.getUniqueId() + " is not inside a class annotated with @" + Claim.class.getName());
  }

  /** The {@link Claim} of the class context {@code owner}. */
  static Claim claim(ExtensionContext owner) {
    return AnnotationSupport.findAnnotation(owner.getRequiredTestClass(), Claim.class)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    owner.getRequiredTestClass().getName() + " has no @Claim annotation"));
  }
}
