package org.bnclaims.data;

/**
 * A data file exists but is wrong (bad magic number, truncated, inconsistent, checksum mismatch,
 * unsafe archive entry, unreadable image); the message names the file and the problem, because
 * silently skipping a corrupt dataset would hide the corruption behind a SKIPPED verdict.
 */
public final class BadDataException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public BadDataException(Object file, String problem) {
    super(file + ": " + problem);
  }

  public BadDataException(Object file, String problem, Throwable cause) {
    super(file + ": " + problem, cause);
  }
}
