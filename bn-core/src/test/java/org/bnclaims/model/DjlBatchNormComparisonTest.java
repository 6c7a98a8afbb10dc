package org.bnclaims.model;

import static org.junit.jupiter.api.Assertions.*;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import java.util.ArrayList;
import java.util.List;
import org.bnclaims.spec.ModelSpec;
import org.bnclaims.spec.NormSpec;
import org.bnclaims.spec.NormVariant;
import org.junit.jupiter.api.Test;

/**
 * Our MLP 784-512-BN-10 computes what the same net with DJL's {@code BatchNorm} computes (the
 * reference implementation), and prints the forward+backward time of both at batch 8 on one thread
 * (the timing informs the hot path; it is not asserted).
 */
class DjlBatchNormComparisonTest {

  private static final int BATCH = 8;

  @Test
  void sameOutputsAndRunningStatisticsAsDjlBatchNorm() {
    Engine.getEngine("PyTorch");
    int threads = JniUtils.getNumThreads();
    JniUtils.setNumThreads(1);
    try (Nets ours =
            new Nets(ModelSpec.mlp(512), NormSpec.of(NormVariant.BN_GAMMA_BETA), 1, 28, 10, 3);
        NDManager m = NDManager.newBaseManager()) {
      Block djl =
          new SequentialBlock()
              .add(Linear.builder().setUnits(512).optBias(false).build())
              .add(BatchNorm.builder().build())
              .add(Activation.reluBlock())
              .add(Linear.builder().setUnits(10).build());
      djl.initialize(m, DataType.FLOAT32, new Shape(1, 784));
      // Copy ours into DJL's: fc1.weight, gamma, beta, out.weight, out.bias (same order).
      List<Parameter> src = new ArrayList<>(ours.net.groups().keySet());
      List<Parameter> dst =
          djl.getParameters().values().stream()
              .filter(p -> p.getType() != Parameter.Type.RUNNING_MEAN)
              .filter(p -> p.getType() != Parameter.Type.RUNNING_VAR)
              .toList();
      assertEquals(src.size(), dst.size());
      for (int i = 0; i < src.size(); i++) {
        dst.get(i).getArray().set(src.get(i).getArray().toFloatArray());
      }
      ParameterStore djlStore = new ParameterStore(m, false);
      NDArray x = ours.input(BATCH, 5).reshape(BATCH, 784);
      NDArray xd = m.create(x.toFloatArray(), x.getShape());
      float[] a = ours.net.forward(ours.store, x, true).toFloatArray();
      float[] b = djl.forward(djlStore, new NDList(xd), true).singletonOrThrow().toFloatArray();
      assertArrayEquals(b, a, 1e-4f, "train-mode logits");
      float[] ea = ours.net.forward(ours.store, x, false).toFloatArray();
      float[] eb = djl.forward(djlStore, new NDList(xd), false).singletonOrThrow().toFloatArray();
      assertArrayEquals(eb, ea, 1e-4f, "eval-mode logits after one running update");

      long tOurs = 0;
      long tDjl = 0;
      int rounds = 10;
      int iters = 100;
      for (int r = 0; r < rounds; r++) {
        // Alternate the order so neither side always runs on a warmer cache.
        boolean oursFirst = r % 2 == 0;
        long t0 = System.nanoTime();
        step(oursFirst ? ours.net.block() : djl, oursFirst ? ours.store : djlStore, x, iters);
        long t1 = System.nanoTime();
        step(oursFirst ? djl : ours.net.block(), oursFirst ? djlStore : ours.store, x, iters);
        long t2 = System.nanoTime();
        if (r > 1) {
          tOurs += oursFirst ? t1 - t0 : t2 - t1;
          tDjl += oursFirst ? t2 - t1 : t1 - t0;
        }
      }
      double n = (rounds - 2.0) * iters;
      System.out.printf(
          "MLP 784-512-BN-10 batch %d fwd+bwd, 1 thread: AblatableBatchNorm %.3f ms/step,"
              + " DJL BatchNorm %.3f ms/step%n",
          BATCH, tOurs / n / 1e6, tDjl / n / 1e6);
    } finally {
      JniUtils.setNumThreads(threads);
    }
  }

  private static void step(Block block, ParameterStore store, NDArray x, int iters) {
    for (int i = 0; i < iters; i++) {
      try (NDManager sub = x.getManager().newSubManager()) {
        NDArray in = x.duplicate();
        in.attach(sub);
        try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
          NDArray y = block.forward(store, new NDList(in), true).singletonOrThrow();
          NDArray loss = y.square().mean();
          gc.backward(loss);
        }
      }
    }
  }
}
