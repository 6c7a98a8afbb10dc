package org.bnclaims.model;

import ai.djl.ndarray.NDArray;
import java.util.function.Consumer;

/**
 * A ReLU layer of a {@link Network} as instruments see it: its name, its width and a hook on its
 * output. Without an observer it is a plain ReLU; the dead-unit probe attaches one while it counts,
 * so the model knows nothing of what is counted.
 */
public interface ReluLayer {

  /** Layer name, unique within the network, e.g. {@code conv2.relu}. */
  String name();

  /** Number of units (features or channels) over all seeds of the network. */
  int units();

  /**
   * From now on hands every output of the layer, shape {@code (N, units, ...)}, to {@code observer}
   * on the forward pass's thread before the next layer sees it; {@code null} detaches. The layer
   * has at most one observer, which must neither close nor change the array.
   */
  void setObserver(Consumer<NDArray> observer);
}
