package org.bnclaims.spec;

/**
 * The ablatable normalization of a network (DESIGN.md section 7).
 *
 * @param variant which normalization, and which of gamma/beta train
 * @param placement which layers get it
 * @param epsilon added to the variance before the square root
 * @param momentum DJL running-statistics momentum: new = momentum * old + (1 - momentum) * batch;
 *     DJL's 0.9 is PyTorch's default 0.1
 * @param groups channel groups for {@link NormVariant#GROUP_NORM}
 * @param bnOnly Frankle et al.: every parameter that is not a normalization gamma/beta is frozen at
 *     its initial value
 * @param outputTrainable with {@code bnOnly}: whether the output layer still trains
 * @param gammaInit how gamma starts
 * @throws IllegalArgumentException for an epsilon that is not a finite number above 0, a momentum
 *     outside [0, 1), fewer than one group, or {@code outputTrainable} false without {@code bnOnly}
 *     (it would be ignored, yet give the run another name), naming the field, the value and what is
 *     allowed
 */
public record NormSpec(
    NormVariant variant,
    Placement placement,
    double epsilon,
    double momentum,
    int groups,
    boolean bnOnly,
    boolean outputTrainable,
    GammaInit gammaInit) {

  public static final double DEFAULT_EPSILON = 1e-5;
  public static final double DEFAULT_MOMENTUM = 0.9;
  public static final int DEFAULT_GROUPS = 8;

  public NormSpec {
    Check.present("NormSpec.variant", variant);
    Check.present("NormSpec.placement", placement);
    Check.positive("NormSpec.epsilon", epsilon);
    Check.fraction("NormSpec.momentum", momentum);
    Check.atLeast("NormSpec.groups", groups, 1);
    if (!outputTrainable && !bnOnly) {
      throw Check.rejected(
          "NormSpec.outputTrainable", false, "true unless bnOnly is true (it only applies there)");
    }
    Check.present("NormSpec.gammaInit", gammaInit);
  }

  /** No normalization (the vanilla network). */
  public static final NormSpec NONE = of(NormVariant.NONE);

  /** The variant on all hidden layers with the default epsilon and momentum. */
  public static NormSpec of(NormVariant variant) {
    return new NormSpec(
        variant,
        Placement.ALL_HIDDEN,
        DEFAULT_EPSILON,
        DEFAULT_MOMENTUM,
        DEFAULT_GROUPS,
        false,
        true,
        GammaInit.ONES);
  }

  public NormSpec withPlacement(Placement p) {
    return new NormSpec(variant, p, epsilon, momentum, groups, bnOnly, outputTrainable, gammaInit);
  }

  public NormSpec withEpsilon(double e) {
    return new NormSpec(
        variant, placement, e, momentum, groups, bnOnly, outputTrainable, gammaInit);
  }

  public NormSpec withMomentum(double m) {
    return new NormSpec(variant, placement, epsilon, m, groups, bnOnly, outputTrainable, gammaInit);
  }

  public NormSpec withGroups(int g) {
    return new NormSpec(
        variant, placement, epsilon, momentum, g, bnOnly, outputTrainable, gammaInit);
  }

  /** Frankle et al.'s BN-only training: gamma ~ U[0,1), beta 0, everything else frozen. */
  public NormSpec withBnOnly(boolean outputTrainable) {
    return new NormSpec(
        variant, placement, epsilon, momentum, groups, true, outputTrainable, GammaInit.UNIFORM);
  }

  public NormSpec withGammaInit(GammaInit init) {
    return new NormSpec(
        variant, placement, epsilon, momentum, groups, bnOnly, outputTrainable, init);
  }

  /** {@link #withGammaInit(GammaInit)} by key: {@code ones} or {@code uniform}. */
  public NormSpec withGammaInit(String init) {
    return withGammaInit(GammaInit.of(init));
  }
}
