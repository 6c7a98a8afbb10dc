package org.bnclaims.device;

import ai.djl.Device;
import ai.djl.engine.Engine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Asks the loaded PyTorch engine which GPUs it sees and describes a device for provenance.
 *
 * <p>DJL's own GPU count looks for the CUDA runtime on the system library path, which a machine
 * with only an NVIDIA driver lacks even when PyTorch's CUDA build (which bundles the runtime) is
 * loaded; the count then says 0 and DJL's default device is the CPU. So the GPUs are counted here
 * through the CUDA runtime that PyTorch itself loaded ({@link CudaRuntime}), and every device is
 * named explicitly, never left to DJL's default.
 */
public final class Devices {

  private static final Map<String, DeviceInfo> DESCRIBED = new ConcurrentHashMap<>();

  private Devices() {}

  /** The GPUs PyTorch can use, {@code gpu(0)..gpu(n-1)}; empty with a CPU-only native library. */
  public static List<Device> visibleGpus() {
    Engine.getEngine("PyTorch");
    int n = CudaRuntime.get().map(CudaRuntime::deviceCount).orElse(0);
    List<Device> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(Device.gpu(i));
    }
    return out;
  }

  /** The plan of {@code setting} on this machine (loads the engine). */
  public static DevicePlan plan(DeviceSetting setting, int workers) {
    List<Device> gpus = setting.kind() == DeviceSetting.Kind.CPU ? List.of() : visibleGpus();
    return DevicePlan.plan(setting, gpus, workers, Runtime.getRuntime().availableProcessors());
  }

  /** What provenance records about {@code device}; looked up once per device and JVM. */
  public static DeviceInfo describe(Device device) {
    return DESCRIBED.computeIfAbsent(name(device), k -> lookUp(device));
  }

  /** {@code cpu} or {@code gpu(N)}, as provenance has always named devices. */
  public static String name(Device device) {
    return device.isGpu() ? "gpu(" + device.getDeviceId() + ")" : "cpu";
  }

  private static DeviceInfo lookUp(Device device) {
    if (!device.isGpu()) {
      return new DeviceInfo(name(device), cpuModel(), null, null);
    }
    return CudaRuntime.get()
        .map(
            rt ->
                new DeviceInfo(
                    name(device),
                    rt.deviceName(device.getDeviceId()),
                    rt.runtimeVersion(),
                    rt.cudnnVersion()))
        .orElseGet(() -> new DeviceInfo(name(device), "unknown", "unknown", "unknown"));
  }

  /** The {@code model name} of {@code /proc/cpuinfo}, else {@code os.arch}. */
  static String cpuModel() {
    Path cpuinfo = Path.of("/proc/cpuinfo");
    try {
      if (Files.isReadable(cpuinfo)) {
        for (String line : Files.readAllLines(cpuinfo, StandardCharsets.UTF_8)) {
          if (line.toLowerCase(Locale.ROOT).startsWith("model name")) {
            int colon = line.indexOf(':');
            if (colon > 0 && !line.substring(colon + 1).isBlank()) {
              return line.substring(colon + 1).trim();
            }
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      // fall through to the architecture
    }
    return System.getProperty("os.arch", "unknown");
  }
}
