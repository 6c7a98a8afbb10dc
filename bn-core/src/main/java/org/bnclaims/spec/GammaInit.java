package org.bnclaims.spec;

/** How normalization gamma is initialized. Written in canonical JSON as its {@link #key()}. */
public enum GammaInit implements Keyed {
  /** Gamma = 1, the standard. */
  ONES("ones"),
  /** Gamma ~ U[0,1) (Frankle et al., BN-only training). */
  UNIFORM("uniform");

  private final String key;

  GammaInit(String key) {
    this.key = key;
  }

  @Override
  public String key() {
    return key;
  }

  /** The constant written as {@code key}; an unknown key fails with the valid ones. */
  public static GammaInit of(String key) {
    return Check.parse(GammaInit.class, "NormSpec.gammaInit", key);
  }
}
