package org.bnclaims.spec;

/**
 * What normalization a layer gets, after the thesis (document 002, section 3.1.1) plus the usual
 * alternatives.
 */
public enum NormVariant {
  /** Vanilla: no normalization layer; every layer keeps its bias. */
  NONE,
  /** Standard BatchNorm with trainable gamma and beta. */
  BN_GAMMA_BETA,
  /** BatchNorm with trainable gamma; beta fixed at 0. */
  BN_GAMMA,
  /** BatchNorm with trainable beta; gamma fixed at 1. */
  BN_BETA,
  /** Non-adaptive normalization only: gamma fixed at 1, beta at 0. */
  BN_PLAIN,
  /** LayerNorm over the features of each example, for comparison. */
  LAYER_NORM,
  /** GroupNorm over channel groups of each example, for comparison. */
  GROUP_NORM;

  /** True for the four BatchNorm variants. */
  public boolean isBatchNorm() {
    return this == BN_GAMMA_BETA || this == BN_GAMMA || this == BN_BETA || this == BN_PLAIN;
  }

  /** True when the variant trains a scale. */
  public boolean trainsGamma() {
    return this == BN_GAMMA_BETA || this == BN_GAMMA || this == LAYER_NORM || this == GROUP_NORM;
  }

  /** True when the variant trains a shift. */
  public boolean trainsBeta() {
    return this == BN_GAMMA_BETA || this == BN_BETA || this == LAYER_NORM || this == GROUP_NORM;
  }
}
