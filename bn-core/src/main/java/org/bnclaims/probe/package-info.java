/**
 * Instruments that look inside a network during or after training: dead units, BatchNorm parameter
 * trajectories, gradient magnitudes per parameter group, first-layer weight images and class
 * visualizations. Their outputs are plain records that travel inside a run result.
 */
package org.bnclaims.probe;
