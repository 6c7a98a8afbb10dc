package org.bnclaims.device;

import static org.junit.jupiter.api.Assertions.*;

import ai.djl.Device;
import org.junit.jupiter.api.Test;

/** What this (CPU-only) build sees and records; the GPU side is read from PyTorch's CUDA build. */
class DevicesTest {

  @Test
  void theCpuBuildOfPyTorchSeesNoGpu() {
    assertEquals(0, Devices.visibleGpus().size());
    assertTrue(Devices.plan(DeviceSetting.AUTO, 0).cpuOnly());
  }

  @Test
  void theCpuIsDescribedByItsModelNameWithoutCudaVersions() {
    DeviceInfo cpu = Devices.describe(Device.cpu());
    assertEquals("cpu", cpu.device());
    assertFalse(cpu.name().isBlank());
    assertNotEquals("unknown", cpu.name());
    assertNull(cpu.cuda());
    assertNull(cpu.cudnn());
  }

  @Test
  void devicesAreNamedAsProvenanceAlwaysNamedThem() {
    assertEquals("cpu", Devices.name(Device.cpu()));
    assertEquals("gpu(2)", Devices.name(Device.gpu(2)));
  }

  @Test
  void cudnnVersionsDecodeBothEncodings() {
    assertEquals("9.1.0", CudaRuntime.formatCudnn(90100));
    assertEquals("9.10.2", CudaRuntime.formatCudnn(91002));
    assertEquals("8.9.7", CudaRuntime.formatCudnn(8907));
    assertEquals("unknown", CudaRuntime.formatCudnn(0));
  }
}
