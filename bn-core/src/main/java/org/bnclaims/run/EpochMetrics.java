package org.bnclaims.run;

import java.util.List;

/**
 * The metrics of one epoch.
 *
 * @param epoch 0-based
 * @param lr learning rate used during the epoch
 * @param trainLoss mean minibatch loss over the epoch, in train mode (as optimized)
 * @param trainAccuracy minibatch accuracy over the epoch, in train mode
 * @param test one entry per eval mode of the spec, in the spec's order
 */
public record EpochMetrics(
    int epoch, double lr, double trainLoss, double trainAccuracy, List<EvalMetrics> test) {

  public EpochMetrics {
    test = List.copyOf(test);
  }
}
