package org.bnclaims.probe;

import java.util.List;
import org.bnclaims.model.Network;
import org.bnclaims.model.ReluLayer;

/**
 * Counts the activity of one {@link ReluLayer} for dead-unit probing. Disabled, the layer is a
 * plain ReLU; enabled, every forward pass adds to per-unit "ever non-zero" flags and to the count
 * of exactly-zero activations. A unit is a feature (dense) or a channel (conv, all positions). A
 * layer follows at most one enabled tap at a time.
 */
public interface ActivationTap {

  /** A new tap on each ReLU layer of {@code net}, in forward order, disabled and at zero. */
  static List<ActivationTap> on(Network net) {
    return net.reluLayers().stream().<ActivationTap>map(ReluTap::new).toList();
  }

  /** Layer name, unique within the network, e.g. {@code conv2.relu}. */
  String name();

  /** Number of units (features or channels). */
  int units();

  /** Turns counting on or off; off, the layer costs nothing beyond the ReLU. */
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
