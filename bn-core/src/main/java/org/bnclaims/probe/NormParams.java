package org.bnclaims.probe;

import java.util.List;

/**
 * One normalization layer's gamma and beta at a sequence of training steps.
 *
 * @param layer the normalization layer's name, in forward order
 * @param steps the global training steps of the snapshots (the last one is after training)
 * @param gamma one vector per step (empty when the variant has no gamma; then it is 1)
 * @param beta one vector per step (empty when the variant has no beta; then it is 0)
 */
public record NormParams(
    String layer, List<Integer> steps, List<double[]> gamma, List<double[]> beta) {}
