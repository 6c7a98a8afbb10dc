package org.bnclaims.spec;

import java.util.List;

/**
 * Optimizer, learning-rate schedule and weight decay.
 *
 * @param optimizer which update rule
 * @param lr base learning rate
 * @param momentum SGD momentum (0 = plain SGD)
 * @param nesterov SGD with Nesterov momentum
 * @param beta1 Adam first-moment decay
 * @param beta2 Adam second-moment decay
 * @param adamEpsilon Adam denominator epsilon
 * @param weightDecay coupled L2 decay coefficient (gradient += wd * w)
 * @param decayOn which parameters decay
 * @param milestones epochs after which the learning rate is multiplied by {@code lrFactor}, in
 *     ascending order; empty means a constant learning rate
 * @param lrFactor the step-schedule factor
 * @throws IllegalArgumentException for a learning rate, Adam epsilon or schedule factor that is not
 *     a finite number above 0, a momentum or Adam beta outside [0, 1), Nesterov without momentum
 *     (PyTorch refuses it too), a negative weight decay, or milestones that are not strictly
 *     ascending epochs from 1, naming the field, the value and what is allowed
 */
public record OptimSpec(
    Optimizer optimizer,
    double lr,
    double momentum,
    boolean nesterov,
    double beta1,
    double beta2,
    double adamEpsilon,
    double weightDecay,
    DecayOn decayOn,
    List<Integer> milestones,
    double lrFactor) {

  public OptimSpec {
    Check.present("OptimSpec.optimizer", optimizer);
    Check.positive("OptimSpec.lr", lr);
    Check.fraction("OptimSpec.momentum", momentum);
    if (nesterov && momentum == 0) {
      throw Check.rejected("OptimSpec.nesterov", true, "false while momentum is 0");
    }
    Check.fraction("OptimSpec.beta1", beta1);
    Check.fraction("OptimSpec.beta2", beta2);
    Check.positive("OptimSpec.adamEpsilon", adamEpsilon);
    Check.nonNegative("OptimSpec.weightDecay", weightDecay);
    Check.present("OptimSpec.decayOn", decayOn);
    milestones = Check.integers("OptimSpec.milestones", milestones, 1, true);
    Check.positive("OptimSpec.lrFactor", lrFactor);
  }

  /** Plain SGD at a constant learning rate. */
  public static OptimSpec sgd(double lr) {
    return new OptimSpec(
        Optimizer.SGD, lr, 0.0, false, 0.9, 0.999, 1e-8, 0.0, DecayOn.WEIGHTS, List.of(), 0.1);
  }

  /** Adam with PyTorch's defaults at a constant learning rate. */
  public static OptimSpec adam(double lr) {
    return new OptimSpec(
        Optimizer.ADAM, lr, 0.0, false, 0.9, 0.999, 1e-8, 0.0, DecayOn.WEIGHTS, List.of(), 0.1);
  }

  public OptimSpec withMomentum(double m, boolean nesterov) {
    return new OptimSpec(
        optimizer,
        lr,
        m,
        nesterov,
        beta1,
        beta2,
        adamEpsilon,
        weightDecay,
        decayOn,
        milestones,
        lrFactor);
  }

  public OptimSpec withLr(double lr) {
    return new OptimSpec(
        optimizer,
        lr,
        momentum,
        nesterov,
        beta1,
        beta2,
        adamEpsilon,
        weightDecay,
        decayOn,
        milestones,
        lrFactor);
  }

  public OptimSpec withAdamBetas(double b1, double b2, double eps) {
    return new OptimSpec(
        optimizer, lr, momentum, nesterov, b1, b2, eps, weightDecay, decayOn, milestones, lrFactor);
  }

  public OptimSpec withWeightDecay(double wd, DecayOn on) {
    return new OptimSpec(
        optimizer, lr, momentum, nesterov, beta1, beta2, adamEpsilon, wd, on, milestones, lrFactor);
  }

  /** {@link #withWeightDecay(double, DecayOn)} by key: {@code weights} or {@code all}. */
  public OptimSpec withWeightDecay(double wd, String on) {
    return withWeightDecay(wd, DecayOn.of(on));
  }

  public OptimSpec withSteps(double factor, Integer... milestones) {
    return new OptimSpec(
        optimizer,
        lr,
        momentum,
        nesterov,
        beta1,
        beta2,
        adamEpsilon,
        weightDecay,
        decayOn,
        List.of(milestones),
        factor);
  }

  /** The learning rate in effect during {@code epoch} (0-based). */
  public double lrAt(int epoch) {
    double r = lr;
    for (int m : milestones) {
      if (epoch >= m) {
        r *= lrFactor;
      }
    }
    return r;
  }
}
