package org.bnclaims.probe;

/**
 * Mean absolute gradient per parameter, averaged over the steps of one epoch.
 *
 * @param epoch 0-based epoch
 * @param norm over normalization gamma/beta
 * @param other over every other trainable parameter
 */
public record GradMagnitude(int epoch, double norm, double other) {}
