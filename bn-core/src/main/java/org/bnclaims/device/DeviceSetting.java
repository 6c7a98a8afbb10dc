package org.bnclaims.device;

import java.util.Locale;

/**
 * What {@value #PROPERTY} asks for: {@code cpu}, {@code gpu} (every visible GPU), {@code gpu:N}
 * (GPU N only, 0-based) or, when unset ({@code auto}), every visible GPU if there is one and the
 * CPU otherwise.
 *
 * @param kind which of the four
 * @param index the GPU of {@link Kind#GPU_ONE}, else -1
 */
public record DeviceSetting(Kind kind, int index) {

  /** The setting's name, as a system property or JUnit configuration parameter. */
  public static final String PROPERTY = "bn.device";

  /** The values {@link #parse} accepts, for error messages. */
  public static final String ALLOWED = "cpu, gpu, gpu:N (N = 0, 1, ...) or auto (the default)";

  /** The four kinds of setting. */
  public enum Kind {
    /** Every visible GPU, else the CPU. */
    AUTO,
    /** The CPU, even where GPUs are visible. */
    CPU,
    /** Every visible GPU; fails when there is none. */
    GPU_ALL,
    /** One GPU by index; fails when it is not visible. */
    GPU_ONE
  }

  /** The default: every visible GPU, else the CPU. */
  public static final DeviceSetting AUTO = new DeviceSetting(Kind.AUTO, -1);

  public DeviceSetting {
    if (kind == null) {
      throw new IllegalArgumentException(PROPERTY + ": the kind of device is missing");
    }
    if ((kind == Kind.GPU_ONE) != (index >= 0)) {
      throw new IllegalArgumentException(
          PROPERTY + ": a GPU index goes with gpu:N only, got " + kind + " and index " + index);
    }
  }

  /**
   * Parses a setting (case-insensitive, surrounding blanks ignored); null or blank is {@link
   * #AUTO}.
   *
   * @throws IllegalArgumentException naming the setting, the value and what is allowed
   */
  public static DeviceSetting parse(String value) {
    if (value == null || value.isBlank()) {
      return AUTO;
    }
    String v = value.trim().toLowerCase(Locale.ROOT);
    switch (v) {
      case "auto":
        return AUTO;
      case "cpu":
        return new DeviceSetting(Kind.CPU, -1);
      case "gpu":
        return new DeviceSetting(Kind.GPU_ALL, -1);
      default:
        break;
    }
    if (v.startsWith("gpu:")
        && v.length() > 4
        && v.substring(4).chars().allMatch(Character::isDigit)) {
      try {
        return new DeviceSetting(Kind.GPU_ONE, Integer.parseInt(v.substring(4)));
      } catch (NumberFormatException e) {
        // too many digits for an int: reported below
      }
    }
    throw new IllegalArgumentException(
        PROPERTY + " = '" + value + "' is not a device; allowed: " + ALLOWED);
  }

  /** The setting as it is written: {@code auto}, {@code cpu}, {@code gpu} or {@code gpu:N}. */
  @Override
  public String toString() {
    return switch (kind) {
      case AUTO -> "auto";
      case CPU -> "cpu";
      case GPU_ALL -> "gpu";
      case GPU_ONE -> "gpu:" + index;
    };
  }
}
