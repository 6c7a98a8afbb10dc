package org.bnclaims.train;

import ai.djl.ndarray.NDArray;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;

/**
 * Thread-local autograd for the PyTorch engine.
 *
 * <p>DJL's {@code PtGradientCollector} refuses a second collector anywhere in the JVM, which would
 * serialize parallel runs. PyTorch's grad mode is thread-local, so each worker thread switches it
 * itself and calls backward directly.
 */
final class Autograd {

  private Autograd() {}

  /** Records operations on this thread from now on (forward pass of a training step). */
  static void record(boolean on) {
    JniUtils.setGradMode(on);
  }

  /** Backpropagates a scalar loss into the gradients of every leaf that requires one. */
  static void backward(NDArray scalarLoss, NDArray one) {
    JniUtils.backward((PtNDArray) scalarLoss, (PtNDArray) one, false, false);
  }
}
