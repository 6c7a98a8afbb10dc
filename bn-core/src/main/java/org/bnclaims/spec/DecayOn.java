package org.bnclaims.spec;

/**
 * Which parameters the weight decay of {@link OptimSpec} applies to. Written in canonical JSON as
 * its {@link #key()}.
 */
public enum DecayOn implements Keyed {
  /**
   * Layer weights, output weights and normalization gamma; not biases, not beta (DeepOBS's rule:
   * parameters named {@code weight} decay).
   */
  WEIGHTS("weights"),
  /** Every trained parameter (open_lth, torch.optim with one parameter group). */
  ALL("all");

  private final String key;

  DecayOn(String key) {
    this.key = key;
  }

  @Override
  public String key() {
    return key;
  }

  /** The constant written as {@code key}; an unknown key fails with the valid ones. */
  public static DecayOn of(String key) {
    return Check.parse(DecayOn.class, "OptimSpec.decayOn", key);
  }
}
