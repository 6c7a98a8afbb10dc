/**
 * Instruments that look inside a network during or after training: dead units (activation taps on
 * the model's ReLU layers), BatchNorm parameter trajectories, gradient magnitudes per parameter
 * group, first-layer weight images, class visualizations and gamma pruning. Their outputs are plain
 * records that travel inside a run result.
 *
 * <p>Every instrument lives here, apart from the model it observes and the training loop that runs
 * it, so dependencies point one way: probe uses model and norm, and neither of them uses probe.
 */
package org.bnclaims.probe;
