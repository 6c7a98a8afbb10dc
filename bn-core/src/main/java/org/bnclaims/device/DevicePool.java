package org.bnclaims.device;

import ai.djl.Device;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Lends each run the device it trains on, for the length of the run.
 *
 * <p>A pool of GPUs holds one slot per planned worker and hands out each slot to one run at a time,
 * so with as many workers as slots no two runs share a slot and the workers spread over the GPUs as
 * planned; a run waits only if more runs than slots run at once. A CPU-only pool never waits: every
 * run gets the CPU.
 */
public final class DevicePool {

  private final Device cpu;
  private final BlockingQueue<Device> slots;

  private DevicePool(Device cpu, List<Device> slots) {
    this.cpu = cpu;
    this.slots = slots.isEmpty() ? null : new ArrayBlockingQueue<>(slots.size(), true, slots);
  }

  /** Every run on the CPU. */
  public static DevicePool cpu() {
    return new DevicePool(Device.cpu(), List.of());
  }

  /** The devices of {@code plan}, one slot per worker. */
  public static DevicePool of(DevicePlan plan) {
    return plan.cpuOnly() ? cpu() : new DevicePool(null, plan.workers());
  }

  /** One run on {@code device} at a time (a Spark task's GPU). */
  public static DevicePool single(Device device) {
    return device.isGpu() ? new DevicePool(null, List.of(device)) : cpu();
  }

  /**
   * Takes a device for one run; close the lease when the run ends.
   *
   * @throws IllegalStateException when interrupted while waiting (the interrupt flag stays set)
   */
  public Lease acquire() {
    if (slots == null) {
      return new Lease(cpu, null);
    }
    try {
      return new Lease(slots.take(), slots);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a device to train on", e);
    }
  }

  /** A device lent to one run; closing it gives the device back. */
  public static final class Lease implements AutoCloseable {
    private final Device device;
    private BlockingQueue<Device> home;

    private Lease(Device device, BlockingQueue<Device> home) {
      this.device = device;
      this.home = home;
    }

    public Device device() {
      return device;
    }

    @Override
    public synchronized void close() {
      if (home != null) {
        home.add(device);
        home = null;
      }
    }
  }
}
