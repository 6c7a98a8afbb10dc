package org.bnclaims.train;

import ai.djl.ndarray.*;
import ai.djl.ndarray.types.Shape;
import org.bnclaims.run.EngineThreads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

@EnabledIfSystemProperty(named = "bn.scratch", matches = "true")
class ScratchOps {
  @Test
  void ops() {
    EngineThreads.configure(2);
    try (NDManager m = NDManager.newBaseManager()) {
      NDArray a = m.ones(new Shape(8));
      NDArray b = m.ones(new Shape(8));
      for (int rep = 0; rep < 3; rep++) {
        long t0 = System.nanoTime();
        int n = 20000;
        for (int i = 0; i < n; i++) a.addi(b);
        long t1 = System.nanoTime();
        for (int i = 0; i < n; i++) {
          try (NDArray c = a.add(b)) {}
        }
        long t2 = System.nanoTime();
        for (int i = 0; i < n; i++) {
          try (NDManager sm = m.newSubManager()) {
            NDArray c = a.add(b);
          }
        }
        long t3 = System.nanoTime();
        for (int i = 0; i < n; i++) {
          try (NDArray c =
              a.getNDArrayInternal()
                  .batchNorm(a.reshape(1, 8), b, b, b, b, -1, 0.9f, 1e-5f, false)
                  .singletonOrThrow()) {}
        }
        long t4 = System.nanoTime();
        System.out.printf(
            "addi %.2f us, add+close %.2f us, add in submanager %.2f us, reshape+bn %.2f us%n",
            (t1 - t0) / 1e3 / n, (t2 - t1) / 1e3 / n, (t3 - t2) / 1e3 / n, (t4 - t3) / 1e3 / n);
      }
    }
  }
}
