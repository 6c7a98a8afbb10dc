package org.bnclaims.probe;

/**
 * How active one ReLU layer is on the test split (eval mode).
 *
 * @param layer layer name, in forward order
 * @param units number of units (features or channels)
 * @param deadUnits units whose output is zero on every test example (for a conv layer: at every
 *     position of every example)
 * @param zeroRate fraction of all activations of the layer that are exactly zero
 */
public record LayerActivity(String layer, int units, int deadUnits, double zeroRate) {}
