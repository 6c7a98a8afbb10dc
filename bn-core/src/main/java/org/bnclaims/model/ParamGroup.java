package org.bnclaims.model;

/**
 * The role of a learnable parameter: decides weight-decay groups, what BN-only training freezes,
 * and how gradient probes aggregate.
 */
public enum ParamGroup {
  /** Weight of a hidden layer (conv or dense, including projection shortcuts). */
  WEIGHT,
  /** Bias of a hidden layer (present only where no normalization follows). */
  BIAS,
  /** Scale of a normalization layer. */
  NORM_GAMMA,
  /** Shift of a normalization layer. */
  NORM_BETA,
  /** Weight of the output layer (the logits layer; ALL-CNN-C's conv9). */
  OUTPUT_WEIGHT,
  /** Bias of the output layer. */
  OUTPUT_BIAS;

  /** True for the normalization scale and shift. */
  public boolean isNorm() {
    return this == NORM_GAMMA || this == NORM_BETA;
  }

  /** True for the output layer's parameters. */
  public boolean isOutput() {
    return this == OUTPUT_WEIGHT || this == OUTPUT_BIAS;
  }
}
