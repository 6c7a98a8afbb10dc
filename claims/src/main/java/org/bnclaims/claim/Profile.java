package org.bnclaims.claim;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How much of a claim runs (DESIGN.md section 5): {@link #SMOKE} on synthetic data in seconds,
 * {@link #REDUCED} on real data subsets on a CPU, {@link #GPU} at paper scale. Chosen by the system
 * property (or JUnit configuration parameter) {@value #PROPERTY}; the default is {@link #REDUCED}.
 */
public enum Profile {
  /** Synthetic data shaped like the claim's dataset: proves the claim runs; never evidence. */
  SMOKE,
  /** Real datasets, subsets, a CPU: the CI gate. */
  REDUCED,
  /** Real datasets at the paper's settings on a GPU. */
  GPU;

  /** Property that selects the profile: {@code smoke}, {@code reduced} or {@code gpu}. */
  public static final String PROPERTY = "bn.profile";

  /**
   * The profile named {@code value} (case-insensitive); null or blank means {@link #REDUCED}.
   *
   * @throws IllegalArgumentException for an unknown name, listing the valid ones
   */
  public static Profile parse(String value) {
    if (value == null || value.isBlank()) {
      return REDUCED;
    }
    for (Profile p : values()) {
      if (p.key().equals(value.trim().toLowerCase(Locale.ROOT))) {
        return p;
      }
    }
    throw new IllegalArgumentException(
        PROPERTY
            + " = '"
            + value
            + "' is not a profile; valid: "
            + Arrays.stream(values()).map(Profile::key).collect(Collectors.joining(", ")));
  }

  /** The name used in properties and verdict files: {@code smoke}, {@code reduced}, {@code gpu}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether verdicts of this profile count as evidence (false for {@link #SMOKE}). */
  public boolean evidence() {
    return this != SMOKE;
  }

  /** The value for this profile, e.g. a run spec per profile. */
  public <T> T pick(T smoke, T reduced, T gpu) {
    return switch (this) {
      case SMOKE -> smoke;
      case REDUCED -> reduced;
      case GPU -> gpu;
    };
  }

  /** The seed count {@code seeds} declares for this profile. */
  public int seeds(Seeds seeds) {
    return pick(seeds.smoke(), seeds.reduced(), seeds.gpu());
  }
}
