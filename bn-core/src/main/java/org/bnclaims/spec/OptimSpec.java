package org.bnclaims.spec;

import java.util.List;

/**
 * Optimizer, learning-rate schedule and weight decay.
 *
 * @param optimizer {@code sgd} or {@code adam}
 * @param lr base learning rate
 * @param momentum SGD momentum (0 = plain SGD)
 * @param nesterov SGD with Nesterov momentum
 * @param beta1 Adam first-moment decay
 * @param beta2 Adam second-moment decay
 * @param adamEpsilon Adam denominator epsilon
 * @param weightDecay coupled L2 decay coefficient (gradient += wd * w)
 * @param decayOn which parameters decay: {@code weights} (not biases, not normalization beta) or
 *     {@code all}
 * @param milestones epochs after which the learning rate is multiplied by {@code lrFactor}; empty
 *     means a constant learning rate
 * @param lrFactor the step-schedule factor
 */
public record OptimSpec(
    String optimizer,
    double lr,
    double momentum,
    boolean nesterov,
    double beta1,
    double beta2,
    double adamEpsilon,
    double weightDecay,
    String decayOn,
    List<Integer> milestones,
    double lrFactor) {

  public OptimSpec {
    milestones = List.copyOf(milestones);
  }

  /** Plain SGD at a constant learning rate. */
  public static OptimSpec sgd(double lr) {
    return new OptimSpec("sgd", lr, 0.0, false, 0.9, 0.999, 1e-8, 0.0, "weights", List.of(), 0.1);
  }

  /** Adam with PyTorch's defaults at a constant learning rate. */
  public static OptimSpec adam(double lr) {
    return new OptimSpec("adam", lr, 0.0, false, 0.9, 0.999, 1e-8, 0.0, "weights", List.of(), 0.1);
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

  public OptimSpec withWeightDecay(double wd, String on) {
    return new OptimSpec(
        optimizer, lr, momentum, nesterov, beta1, beta2, adamEpsilon, wd, on, milestones, lrFactor);
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
