package org.bnclaims.data;

/**
 * The result of resolving a dataset: its data, or the reason it cannot be had, so callers can skip
 * a claim with that reason rather than fail.
 */
public sealed interface DataOutcome permits DataOutcome.Available, DataOutcome.Unavailable {

  /** The dataset was found (or downloaded) and read. */
  record Available(Dataset dataset) implements DataOutcome {}

  /**
   * The dataset could not be had; {@code message} names the places searched and which files to put
   * where.
   */
  record Unavailable(String name, String message) implements DataOutcome {}
}
