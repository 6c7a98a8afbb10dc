package org.bnclaims.norm;

import org.bnclaims.spec.NormSpec;
import org.bnclaims.spec.NormVariant;

/** Creates the normalization layer a {@link NormSpec} asks for. */
public final class Norms {

  private Norms() {}

  /**
   * A normalization layer of {@code spec.variant()} over {@code channels} features (dense input
   * {@code (N, F)}) or channels (conv input {@code (N, C, H, W)}).
   *
   * <p>Gamma is created with a ones initializer and beta with zeros; {@code spec.gammaInit()} is
   * applied by the network's seeded initialization, not here.
   *
   * @throws IllegalArgumentException for {@link NormVariant#NONE}, non-positive channels, or a
   *     GroupNorm whose channels are not divisible by {@code spec.groups()}
   */
  public static NormLayer create(NormSpec spec, String name, int channels) {
    return create(spec, name, channels, 1);
  }

  /**
   * The normalization layer of a network training {@code seeds} seeds side by side: {@code
   * channels} per seed, stacked seed by seed. BatchNorm is per channel and GroupNorm per group of
   * one seed's channels, so each seed is normalized exactly as if it trained alone.
   */
  public static NormLayer create(NormSpec spec, String name, int channels, int seeds) {
    if (seeds < 1) {
      throw new IllegalArgumentException("norm layer " + name + ": seeds must be >= 1");
    }
    NormLayer one = createOne(spec, name, channels);
    if (seeds == 1) {
      return one;
    }
    NormVariant v = spec.variant();
    if (v.isBatchNorm()) {
      return new AblatableBatchNorm(
          name, v, channels * seeds, (float) spec.epsilon(), (float) spec.momentum());
    }
    int groups = ((GroupNormBlock) one).groups();
    return new GroupNormBlock(name, v, channels * seeds, groups * seeds, (float) spec.epsilon());
  }

  private static NormLayer createOne(NormSpec spec, String name, int channels) {
    if (channels <= 0) {
      throw new IllegalArgumentException("norm layer " + name + ": channels must be > 0");
    }
    NormVariant v = spec.variant();
    if (v.isBatchNorm()) {
      if (!(spec.momentum() >= 0 && spec.momentum() <= 1)) {
        throw new IllegalArgumentException(
            "norm layer " + name + ": momentum must be in [0,1], got " + spec.momentum());
      }
      if (!(spec.epsilon() > 0)) {
        throw new IllegalArgumentException(
            "norm layer " + name + ": epsilon must be > 0, got " + spec.epsilon());
      }
      return new AblatableBatchNorm(
          name, v, channels, (float) spec.epsilon(), (float) spec.momentum());
    }
    return switch (v) {
      case LAYER_NORM -> new GroupNormBlock(name, v, channels, 1, (float) spec.epsilon());
      case GROUP_NORM -> {
        if (spec.groups() <= 0 || channels % spec.groups() != 0) {
          throw new IllegalArgumentException(
              "norm layer "
                  + name
                  + ": GroupNorm needs channels ("
                  + channels
                  + ") divisible by groups ("
                  + spec.groups()
                  + ")");
        }
        yield new GroupNormBlock(name, v, channels, spec.groups(), (float) spec.epsilon());
      }
      default ->
          throw new IllegalArgumentException(
              "norm layer " + name + ": variant " + v + " has no normalization layer");
    };
  }
}
