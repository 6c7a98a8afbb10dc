package org.bnclaims.spec;

/**
 * The shortcut of a CIFAR ResNet block that changes shape (He et al. 2016). Written in canonical
 * JSON as its {@link #key()}.
 */
public enum Shortcut implements Keyed {
  /** Option A: subsample and zero-pad the channels; no parameters. */
  A("A"),
  /** Option B: a strided 1x1 convolution followed by normalization. */
  B("B");

  private final String key;

  Shortcut(String key) {
    this.key = key;
  }

  @Override
  public String key() {
    return key;
  }

  /** The constant written as {@code key}; an unknown key fails with the valid ones. */
  public static Shortcut of(String key) {
    return Check.parse(Shortcut.class, "ModelSpec.shortcut", key);
  }
}
