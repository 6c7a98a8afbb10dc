package org.bnclaims.data;

/**
 * Thrown by {@link Datasets#prepare} when a dataset cannot be had; the message says which files to
 * put where, and callers turn it into a SKIPPED verdict.
 */
public final class DataUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public DataUnavailableException(String message) {
    super(message);
  }
}
