package org.bnclaims.gate;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** When the build fails (DESIGN.md section 11); SKIPPED never fails in any mode. */
public enum FailOn {
  /** Any REFUTED claim fails the build (the default). */
  REFUTED,
  /** Any REFUTED or INCONCLUSIVE claim fails the build. */
  INCONCLUSIVE,
  /** Only a claim whose verdict got worse than in the committed baseline fails the build. */
  REGRESSION,
  /** Report only. */
  NEVER;

  /** Parses a {@code failOn} value case-insensitively; unknown values list the valid ones. */
  public static FailOn parse(String value) {
    if (value != null) {
      for (FailOn f : values()) {
        if (f.name().equalsIgnoreCase(value.trim())) {
          return f;
        }
      }
    }
    throw new IllegalArgumentException(
        "bn.failOn = "
            + (value == null ? "null" : "'" + value + "'")
            + "; allowed: "
            + Arrays.stream(values())
                .map(f -> f.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", ")));
  }
}
