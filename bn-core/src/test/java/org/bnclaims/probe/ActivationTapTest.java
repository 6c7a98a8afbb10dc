package org.bnclaims.probe;

import static org.junit.jupiter.api.Assertions.*;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import java.util.List;
import java.util.SplittableRandom;
import org.bnclaims.model.Models;
import org.bnclaims.model.Network;
import org.bnclaims.spec.ModelSpec;
import org.bnclaims.spec.NormSpec;
import org.junit.jupiter.api.Test;

/** Activation taps count a network's ReLU outputs only while enabled. */
class ActivationTapTest {

  @Test
  void tapsCountOnlyWhenEnabled() {
    try (NDManager manager = NDManager.newBaseManager()) {
      Network net = Models.build(ModelSpec.mlp(16, 12, 8, 8), NormSpec.NONE, 1, 4, 4, 3);
      net.initialize(manager, 5);
      ParameterStore store = new ParameterStore(manager, false);
      NDArray x = input(manager, net, 6, 6);
      List<ActivationTap> taps = ActivationTap.on(net);
      ActivationTap t = taps.get(0);
      net.forward(store, x, false);
      assertEquals(0, t.totalCount(), "disabled tap counts nothing");
      taps.forEach(tap -> tap.setEnabled(true));
      float[] logits = net.forward(store, x, false).toFloatArray();
      assertEquals(6L * 16, t.totalCount());
      assertTrue(t.zeroCount() > 0 && t.zeroCount() < t.totalCount(), "" + t.zeroCount());
      assertEquals(4, taps.stream().map(ActivationTap::activity).toList().size());
      t.reset();
      assertEquals(0, t.totalCount());
      assertEquals(3 * 6, logits.length);
      t.setEnabled(false);
      net.forward(store, x, false);
      assertEquals(0, t.totalCount(), "a disabled tap stops counting");
    }
  }

  /** {@code batch} seeded Gaussian inputs of the network's input shape. */
  private static NDArray input(NDManager manager, Network net, int batch, long seed) {
    Shape s = net.inputShape();
    float[] x = new float[(int) (batch * s.size())];
    SplittableRandom r = new SplittableRandom(seed);
    for (int i = 0; i < x.length; i++) {
      x[i] = (float) r.nextGaussian();
    }
    return manager.create(x, new Shape(batch, s.get(1), s.get(2), s.get(3)));
  }
}
