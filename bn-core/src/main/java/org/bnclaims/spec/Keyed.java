package org.bnclaims.spec;

/**
 * An enum knob whose canonical JSON is its {@link #key()} rather than its constant name.
 *
 * <p>These knobs were strings before they became enums ({@code "sgd"}, {@code "all"}, {@code
 * "uniform"}, {@code "B"}); writing the same strings keeps every spec's canonical JSON, and so its
 * hash and its cached runs, as they were.
 */
public interface Keyed {

  /** The text this constant is written as in canonical JSON, and parsed from. */
  String key();
}
