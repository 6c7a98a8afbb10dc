package org.bnclaims.spec;

/** How BatchNorm normalizes at test time. */
public enum EvalMode {
  /** Running statistics ({@code model.eval()} in PyTorch): the standard. */
  RUNNING,
  /**
   * Statistics of each test batch, with running statistics left untouched: what a PyTorch user gets
   * when they forget {@code model.eval()} (document 000). Dropout stays off.
   */
  BATCH
}
