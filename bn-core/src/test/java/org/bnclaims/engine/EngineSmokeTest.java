package org.bnclaims.engine;

import static org.junit.jupiter.api.Assertions.*;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import org.junit.jupiter.api.Test;

class EngineSmokeTest {
  @Test
  void pytorchLoadsOffline() {
    assertEquals("true", System.getProperty("ai.djl.offline"));
    Engine e = Engine.getEngine("PyTorch");
    System.out.println(e.getEngineName() + " " + e.getVersion());
    try (NDManager m = NDManager.newBaseManager()) {
      NDArray a = m.ones(new ai.djl.ndarray.types.Shape(2, 2));
      assertEquals(4f, a.sum().getFloat());
    }
  }
}
