package org.bnclaims.device;

/**
 * What provenance records about the device a run trained on.
 *
 * @param device {@code cpu} or {@code gpu(N)}
 * @param name the processor's or GPU's model name, or {@code unknown}
 * @param cuda the CUDA runtime version PyTorch uses (e.g. {@code 12.8}), or null on the CPU
 * @param cudnn the cuDNN version PyTorch uses (e.g. {@code 9.1.0}), or null on the CPU
 */
public record DeviceInfo(String device, String name, String cuda, String cudnn) {

  public DeviceInfo {
    if (device == null || device.isBlank()) {
      throw new IllegalArgumentException("a device needs a name such as cpu() or gpu(0)");
    }
    if (name == null || name.isBlank()) {
      name = "unknown";
    }
  }
}
