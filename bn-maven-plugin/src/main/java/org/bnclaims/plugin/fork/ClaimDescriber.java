package org.bnclaims.plugin.fork;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Describes a claim class without running it, for the {@code list} goal: every element of its
 * {@code @Claim} annotation (statement, source, paper setting, conflicts, margin, alpha, ...), read
 * reflectively so the launcher needs no compile-time dependency on the claim API. A nested
 * annotation with one element per profile (the seeds) shows the chosen profile's value. What a
 * claim runs in a profile beyond that (subset, epochs) is decided by its code when it runs, so the
 * report's run setting, not this listing, is where that appears.
 */
final class ClaimDescriber {

  /** Elements shown first, in this order; any others follow alphabetically. */
  private static final List<String> ORDER =
      List.of("statement", "source", "paperSetting", "conflicts", "margin", "alpha", "seeds");

  private ClaimDescriber() {}

  static List<String> describe(String id, Class<?> type, String profile) {
    List<String> out = new ArrayList<>();
    out.add(id + "  (" + type.getName() + ")");
    for (Annotation a : type.getAnnotations()) {
      if (!a.annotationType().getSimpleName().equals("Claim")) {
        continue;
      }
      Method[] elements = a.annotationType().getDeclaredMethods();
      Arrays.sort(
          elements, Comparator.comparingInt(ClaimDescriber::rank).thenComparing(Method::getName));
      for (Method m : elements) {
        if (m.getName().equals("id")) {
          continue;
        }
        Object value = invoke(m, a);
        if (value instanceof String[] list) {
          for (String s : list) {
            out.add(label(m.getName()) + s);
          }
        } else if (value instanceof Annotation perProfile) {
          out.add(label(m.getName() + " (" + profile + ")") + forProfile(perProfile, profile));
        } else {
          out.add(label(m.getName()) + value);
        }
      }
    }
    return out;
  }

  private static int rank(Method m) {
    int i = ORDER.indexOf(m.getName());
    return i < 0 ? ORDER.size() : i;
  }

  private static String forProfile(Annotation a, String profile) {
    try {
      return String.valueOf(invoke(a.annotationType().getMethod(profile), a));
    } catch (NoSuchMethodException e) {
      return a.toString();
    }
  }

  private static Object invoke(Method m, Annotation a) {
    try {
      m.setAccessible(true);
      return m.invoke(a);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return "(unreadable: " + e + ")";
    }
  }

  private static String label(String name) {
    String l = "    " + name + ": ";
    return l.length() >= 20 ? l : l + " ".repeat(20 - l.length());
  }
}
