package org.bnclaims.backend;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The executor backends, named by {@value #PROPERTY}. */
public enum ExecutorKind {
  /** Worker threads on this machine. */
  LOCAL,
  /** Spark tasks on {@code bn.spark.master}. */
  SPARK;

  /** The setting's name. */
  public static final String PROPERTY = "bn.executor";

  /**
   * The backend named {@code value} (case-insensitive); null or blank is {@link #LOCAL}.
   *
   * @throws IllegalArgumentException for an unknown name, listing the valid ones
   */
  public static ExecutorKind parse(String value) {
    if (value == null || value.isBlank()) {
      return LOCAL;
    }
    for (ExecutorKind k : values()) {
      if (k.key().equals(value.trim().toLowerCase(Locale.ROOT))) {
        return k;
      }
    }
    throw new IllegalArgumentException(
        PROPERTY
            + " = '"
            + value
            + "' is not an executor; allowed: "
            + Arrays.stream(values()).map(ExecutorKind::key).collect(Collectors.joining(", ")));
  }

  /** {@code local} or {@code spark}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
