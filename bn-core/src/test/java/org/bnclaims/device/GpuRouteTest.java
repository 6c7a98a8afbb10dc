package org.bnclaims.device;

import static org.junit.jupiter.api.Assertions.*;

import ai.djl.engine.Engine;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The GPU route of {@code -Pgpu}, checked on the CPU: the PyTorch JNI jar every build has holds the
 * CUDA 12.8 JNI for Linux, at the version DJL loads (DJL otherwise downloads a JNI of its own).
 */
class GpuRouteTest {

  @Test
  void theJniJarHoldsTheCu128LibraryOfThisDjlAndPyTorch() throws Exception {
    ClassLoader cl = GpuRouteTest.class.getClassLoader();
    assertNotNull(
        cl.getResource("jnilib/linux-x86_64/cu128/libdjl_torch.so"),
        "pytorch-jni has no cu128 JNI: -Pgpu (PYTORCH_FLAVOR=cu128) would not load");
    Properties jni = new Properties();
    try (InputStream in = cl.getResourceAsStream("jnilib/pytorch.properties")) {
      jni.load(in);
    }
    Properties engine = new Properties();
    try (InputStream in = cl.getResourceAsStream("pytorch-engine.properties")) {
      engine.load(in);
    }
    assertEquals(
        engine.getProperty("pytorch_version") + "-" + Engine.getDjlVersion(),
        jni.getProperty("jni_version"));
  }
}
