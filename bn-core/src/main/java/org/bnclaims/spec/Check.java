package org.bnclaims.spec;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The checks the spec records run in their constructors, with one message shape for all of them:
 * {@code Record.field = value; allowed: what}. A spec is checked where it is made, so a bad value
 * fails in the claim that wrote it, before anything is hashed, cached or trained.
 */
final class Check {

  private Check() {}

  static IllegalArgumentException rejected(String field, Object value, String allowed) {
    String shown = value instanceof String s ? "'" + s + "'" : String.valueOf(value);
    return new IllegalArgumentException(field + " = " + shown + "; allowed: " + allowed);
  }

  static <T> T present(String field, T value) {
    if (value == null) {
      throw new IllegalArgumentException(field + " is null; a spec has no null components");
    }
    return value;
  }

  static String name(String field, String value) {
    if (present(field, value).isBlank()) {
      throw rejected(field, value, "a non-blank registry name");
    }
    return value;
  }

  static void atLeast(String field, long value, long min) {
    if (value < min) {
      throw rejected(field, value, "an integer >= " + min);
    }
  }

  /** A finite number above zero. */
  static void positive(String field, double value) {
    if (!(value > 0) || !Double.isFinite(value)) {
      throw rejected(field, value, "a finite number > 0");
    }
  }

  /** A finite number at or above zero. */
  static void nonNegative(String field, double value) {
    if (!(value >= 0) || !Double.isFinite(value)) {
      throw rejected(field, value, "a finite number >= 0");
    }
  }

  /** A number in [0, 1). */
  static void fraction(String field, double value) {
    if (!(value >= 0 && value < 1)) {
      throw rejected(field, value, "a number in [0, 1)");
    }
  }

  /**
   * A copy of {@code values} after checking that no entry is null, each is at least {@code min},
   * and, with {@code ascending}, that they rise strictly: an order or a repeat that computes the
   * same run would otherwise give the run two names.
   */
  static List<Integer> integers(String field, List<Integer> values, int min, boolean ascending) {
    present(field, values);
    for (int i = 0; i < values.size(); i++) {
      Integer v = values.get(i);
      if (v == null || v < min) {
        throw rejected(field + "[" + i + "]", v, "an integer >= " + min);
      }
      if (ascending && i > 0 && v <= values.get(i - 1)) {
        throw rejected(field, values, "strictly ascending integers");
      }
    }
    return List.copyOf(values);
  }

  /** The constant of {@code type} whose key is {@code key}; unknown keys list the valid ones. */
  static <E extends Enum<E> & Keyed> E parse(Class<E> type, String field, String key) {
    for (E e : type.getEnumConstants()) {
      if (e.key().equals(key)) {
        return e;
      }
    }
    throw rejected(
        field,
        key,
        Arrays.stream(type.getEnumConstants()).map(Keyed::key).collect(Collectors.joining(", ")));
  }
}
