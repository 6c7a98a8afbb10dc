package org.bnclaims.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.pooling.Pool;
import ai.djl.training.ParameterStore;
import org.junit.jupiter.api.Test;

/** The ceil-mode shortcut equals DeepOBS's explicit TF-SAME zero pad on post-ReLU inputs. */
class TfSameMaxPoolTest {

  @Test
  void equalsExplicitZeroPaddingForEvenAndOddSizes() {
    Block pool = NetBuilder.tfSameMaxPool();
    try (NDManager m = NDManager.newBaseManager()) {
      ParameterStore ps = new ParameterStore(m, false);
      for (int size : new int[] {28, 12, 6, 5, 7}) {
        NDArray x = m.randomUniform(0, 1, new Shape(2, 3, size, size)); // post-ReLU: >= 0
        NDArray fast = pool.forward(ps, new NDList(x), false).singletonOrThrow();
        NDArray padded = NetBuilder.tfSamePad(3, 2).forward(ps, new NDList(x), false).head();
        NDArray reference =
            Pool.maxPool2d(padded, new Shape(3, 3), new Shape(2, 2), new Shape(0, 0), false);
        long out = (size + 1) / 2; // TF-SAME: ceil(in / stride)
        assertEquals(new Shape(2, 3, out, out), fast.getShape(), "size " + size);
        assertTrue(fast.contentEquals(reference), "size " + size);
      }
    }
  }
}
