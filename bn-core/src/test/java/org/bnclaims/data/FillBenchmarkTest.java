package org.bnclaims.data;

import static org.junit.jupiter.api.Assertions.*;

import java.util.SplittableRandom;
import org.bnclaims.spec.DataSpec;
import org.junit.jupiter.api.Test;

/** Reports how long {@link PreparedData#fill} takes for a CIFAR-shaped augmented batch. */
class FillBenchmarkTest {
  private static final int BATCH = 128;

  @Test
  void fillOneAugmentedCifarBatch() {
    PreparedData p =
        Datasets.prepare(
            DataSpec.of("cifar10").withSynthetic(true).withAugmentation(true, 4), null);
    int[] order = new int[p.trainSize()];
    for (int i = 0; i < order.length; i++) {
      order[i] = (i * 7919) % order.length;
    }
    float[] dst = new float[BATCH * 3 * 32 * 32];
    float[] labels = new float[BATCH];
    SplittableRandom rng = new SplittableRandom(1);
    for (int w = 0; w < 200; w++) {
      p.fill(true, order, (w * BATCH) % (order.length - BATCH), BATCH, dst, labels, rng);
    }
    int reps = 500;
    long t0 = System.nanoTime();
    for (int r = 0; r < reps; r++) {
      p.fill(true, order, (r * BATCH) % (order.length - BATCH), BATCH, dst, labels, rng);
    }
    double us = (System.nanoTime() - t0) / 1e3 / reps;
    System.out.printf(
        "fill: %d CIFAR-shaped images, flip + pad 4 crop, normalized: %.0f us per batch%n",
        BATCH, us);
    for (float v : dst) {
      assertTrue(Float.isFinite(v));
    }
  }
}
