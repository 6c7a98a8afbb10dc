package org.bnclaims.device;

import ai.djl.Device;
import java.util.ArrayList;
import java.util.List;

/**
 * Which device each worker trains on: one entry per worker, in worker order.
 *
 * <p>{@link #plan} decides it from the {@link DeviceSetting}, the GPUs the engine sees and the
 * optional worker count ({@code bn.workers}): on the CPU one worker per core; on every GPU one
 * worker per GPU (more workers are spread over the GPUs in turn); on {@code gpu:N} one worker on
 * GPU N. A GPU asked for but not visible fails here, before anything trains, naming the setting.
 *
 * @param setting what was asked for
 * @param workers the device of each worker, at least one
 */
public record DevicePlan(DeviceSetting setting, List<Device> workers) {

  public DevicePlan {
    if (setting == null) {
      throw new IllegalArgumentException("a device plan needs the setting it came from");
    }
    workers = List.copyOf(workers);
    if (workers.isEmpty()) {
      throw new IllegalArgumentException("a device plan needs at least one worker");
    }
  }

  /**
   * Plans the workers.
   *
   * @param setting the {@code bn.device} setting
   * @param visibleGpus the GPUs the engine sees, in index order (empty on a CPU-only machine or
   *     with a CPU-only native library)
   * @param workers the {@code bn.workers} setting, or 0 for the default
   * @param cores the cores of this machine (the CPU default)
   * @throws IllegalArgumentException when a GPU is asked for and not visible
   */
  public static DevicePlan plan(
      DeviceSetting setting, List<Device> visibleGpus, int workers, int cores) {
    if (workers < 0 || cores < 1) {
      throw new IllegalArgumentException(
          "workers must be >= 0 (0: default) and cores >= 1, got " + workers + ", " + cores);
    }
    DeviceSetting.Kind kind = setting.kind();
    if (kind == DeviceSetting.Kind.AUTO) {
      kind = visibleGpus.isEmpty() ? DeviceSetting.Kind.CPU : DeviceSetting.Kind.GPU_ALL;
    }
    List<Device> out = new ArrayList<>();
    switch (kind) {
      case CPU -> {
        for (int i = 0; i < (workers > 0 ? workers : cores); i++) {
          out.add(Device.cpu());
        }
      }
      case GPU_ALL -> {
        if (visibleGpus.isEmpty()) {
          throw new IllegalArgumentException(
              DeviceSetting.PROPERTY
                  + " = '"
                  + setting
                  + "' but the engine sees no GPU; "
                  + noGpuHint()
                  + "; or use "
                  + DeviceSetting.PROPERTY
                  + "=cpu");
        }
        int n = workers > 0 ? workers : visibleGpus.size();
        for (int i = 0; i < n; i++) {
          out.add(visibleGpus.get(i % visibleGpus.size()));
        }
      }
      case GPU_ONE -> {
        int index = setting.index();
        if (index >= visibleGpus.size()) {
          throw new IllegalArgumentException(
              DeviceSetting.PROPERTY
                  + " = '"
                  + setting
                  + "' names GPU "
                  + index
                  + ", but "
                  + (visibleGpus.isEmpty()
                      ? "the engine sees no GPU; " + noGpuHint()
                      : visibleGpus.size()
                          + " GPU(s) are visible: allowed gpu:0 to gpu:"
                          + (visibleGpus.size() - 1)
                          + " or gpu"));
        }
        for (int i = 0; i < (workers > 0 ? workers : 1); i++) {
          out.add(visibleGpus.get(index));
        }
      }
      default -> throw new IllegalStateException("unplanned device kind " + kind);
    }
    return new DevicePlan(setting, out);
  }

  /** Whether every worker trains on the CPU. */
  public boolean cpuOnly() {
    return workers.stream().noneMatch(Device::isGpu);
  }

  private static String noGpuHint() {
    return "a GPU needs an NVIDIA driver and the CUDA build of PyTorch (mvn -Pgpu, see the"
        + " README), and CUDA_VISIBLE_DEVICES must not hide it";
  }
}
