package org.bnclaims.model;

import org.bnclaims.probe.LayerActivity;

/**
 * A ReLU layer that can count its own activity for dead-unit probing. Disabled, it is a plain ReLU;
 * enabled, every forward pass adds to per-unit "ever non-zero" flags and to the count of
 * exactly-zero activations. A unit is a feature (dense) or a channel (conv, all positions).
 */
public interface ActivationTap {

  /** Layer name, unique within the network, e.g. {@code conv2.relu}. */
  String name();

  /** Number of units (features or channels). */
  int units();

  /** Turns counting on or off; off costs nothing beyond the ReLU. */
  void setEnabled(boolean enabled);

  boolean isEnabled();

  /** Forgets everything counted so far. */
  void reset();

  /** Per unit: whether it was non-zero on any counted activation. */
  boolean[] everActive();

  /** Number of counted activations that were exactly zero. */
  long zeroCount();

  /** Number of counted activations. */
  long totalCount();

  /** The counts so far as a probe record (dead units and zero rate). */
  LayerActivity activity();
}
