package org.bnclaims.spec;

/** The optimizer of {@link OptimSpec}. Written in canonical JSON as its {@link #key()}. */
public enum Optimizer implements Keyed {
  /** Stochastic gradient descent, with optional (Nesterov) momentum. */
  SGD("sgd"),
  /** Adam with bias correction, as {@code torch.optim.Adam}. */
  ADAM("adam");

  private final String key;

  Optimizer(String key) {
    this.key = key;
  }

  @Override
  public String key() {
    return key;
  }

  /** The constant written as {@code key}; an unknown key fails with the valid ones. */
  public static Optimizer of(String key) {
    return Check.parse(Optimizer.class, "OptimSpec.optimizer", key);
  }
}
