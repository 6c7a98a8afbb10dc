package org.bnclaims.run;

/** A replicate that could not be computed or cached; names the run so it can be found again. */
public final class RunFailedException extends Exception {

  private static final long serialVersionUID = 1L;

  private final String specHash;
  private final long seed;

  public RunFailedException(String specHash, long seed, String message, Throwable cause) {
    super("run " + specHash + " seed " + seed + ": " + message, cause);
    this.specHash = specHash;
    this.seed = seed;
  }

  public String specHash() {
    return specHash;
  }

  public long seed() {
    return seed;
  }
}
