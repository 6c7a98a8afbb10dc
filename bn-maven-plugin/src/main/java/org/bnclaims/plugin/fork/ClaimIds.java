package org.bnclaims.plugin.fork;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Locale;

/**
 * How a claim class is named by id on the command line. The id is the value of {@code id()} on the
 * class's {@code @Claim} annotation (found by its simple name, so the launcher needs no
 * compile-time dependency on the claim API); a class without one is named after its simple name in
 * kebab case ({@code BnHelpsSmallBatches} is {@code bn-helps-small-batches}). Ids are compared
 * ignoring case, dashes and dots, so {@code affine-irrelevant-3c3d} also selects {@code
 * AffineIrrelevant3c3d}.
 */
final class ClaimIds {

  private ClaimIds() {}

  /** The claim id of {@code type}. */
  static String idOf(Class<?> type) {
    for (Annotation a : type.getAnnotations()) {
      if (a.annotationType().getSimpleName().equals("Claim")) {
        try {
          Method m = a.annotationType().getMethod("id");
          m.setAccessible(true);
          Object id = m.invoke(a);
          if (id instanceof String s && !s.isBlank()) {
            return s;
          }
        } catch (ReflectiveOperationException | RuntimeException e) {
          // An annotation named Claim without an id() element: fall back to the class name.
        }
      }
    }
    return kebab(type.getSimpleName());
  }

  /** {@code BnHelpsSmallBatches} to {@code bn-helps-small-batches}. */
  static String kebab(String simpleName) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < simpleName.length(); i++) {
      char c = simpleName.charAt(i);
      if (Character.isUpperCase(c) && i > 0) {
        b.append('-');
      }
      b.append(Character.toLowerCase(c));
    }
    return b.toString();
  }

  /** The form two ids are compared in: lower case, letters and digits only. */
  static String key(String id) {
    return id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }
}
