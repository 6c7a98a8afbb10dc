package org.bnclaims.device;

import static org.junit.jupiter.api.Assertions.*;

import ai.djl.Device;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Device planning against fake device lists: no GPU is needed to test it. */
class DevicePlanTest {

  private static final List<Device> NO_GPU = List.of();
  private static final List<Device> TWO_GPUS = List.of(Device.gpu(0), Device.gpu(1));

  @Test
  void parsesEveryAllowedValueAndNamesTheSettingOnBadOnes() {
    assertEquals(DeviceSetting.AUTO, DeviceSetting.parse(null));
    assertEquals(DeviceSetting.AUTO, DeviceSetting.parse(" "));
    assertEquals(DeviceSetting.AUTO, DeviceSetting.parse("Auto"));
    assertEquals(DeviceSetting.Kind.CPU, DeviceSetting.parse("CPU").kind());
    assertEquals(DeviceSetting.Kind.GPU_ALL, DeviceSetting.parse(" gpu ").kind());
    assertEquals(new DeviceSetting(DeviceSetting.Kind.GPU_ONE, 3), DeviceSetting.parse("gpu:3"));
    assertEquals("gpu:3", DeviceSetting.parse("gpu:3").toString());
    for (String bad : List.of("tpu", "gpu:", "gpu:-1", "gpu:x", "gpu:99999999999", "cuda:0")) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> DeviceSetting.parse(bad), bad);
      assertTrue(e.getMessage().contains("bn.device = '" + bad + "'"), e.getMessage());
      assertTrue(e.getMessage().contains("cpu, gpu, gpu:N"), e.getMessage());
    }
  }

  @Test
  void autoIsOneWorkerPerVisibleGpuElseOnePerCore() {
    assertEquals(TWO_GPUS, DevicePlan.plan(DeviceSetting.AUTO, TWO_GPUS, 0, 8).workers());
    DevicePlan cpu = DevicePlan.plan(DeviceSetting.AUTO, NO_GPU, 0, 8);
    assertEquals(8, cpu.workers().size());
    assertTrue(cpu.cpuOnly());
  }

  @Test
  void cpuIgnoresVisibleGpus() {
    DevicePlan p = DevicePlan.plan(DeviceSetting.parse("cpu"), TWO_GPUS, 3, 8);
    assertEquals(List.of(Device.cpu(), Device.cpu(), Device.cpu()), p.workers());
  }

  @Test
  void moreWorkersThanGpusTakeTheGpusInTurn() {
    DevicePlan p = DevicePlan.plan(DeviceSetting.parse("gpu"), TWO_GPUS, 5, 8);
    assertEquals(
        List.of(Device.gpu(0), Device.gpu(1), Device.gpu(0), Device.gpu(1), Device.gpu(0)),
        p.workers());
  }

  @Test
  void oneGpuByIndex() {
    assertEquals(
        List.of(Device.gpu(1)),
        DevicePlan.plan(DeviceSetting.parse("gpu:1"), TWO_GPUS, 0, 8).workers());
    assertEquals(
        List.of(Device.gpu(1), Device.gpu(1)),
        DevicePlan.plan(DeviceSetting.parse("gpu:1"), TWO_GPUS, 2, 8).workers());
  }

  @Test
  void aGpuThatIsNotVisibleFailsNamingTheSettingAndWhatIsThere() {
    IllegalArgumentException out =
        assertThrows(
            IllegalArgumentException.class,
            () -> DevicePlan.plan(DeviceSetting.parse("gpu:2"), TWO_GPUS, 0, 8));
    assertTrue(out.getMessage().startsWith("bn.device = 'gpu:2' names GPU 2"), out.getMessage());
    assertTrue(out.getMessage().contains("allowed gpu:0 to gpu:1"), out.getMessage());
    IllegalArgumentException none =
        assertThrows(
            IllegalArgumentException.class,
            () -> DevicePlan.plan(DeviceSetting.parse("gpu"), NO_GPU, 0, 8));
    assertTrue(none.getMessage().contains("sees no GPU"), none.getMessage());
    assertTrue(none.getMessage().contains("bn.device=cpu"), none.getMessage());
  }

  @Test
  void aPoolLendsEachGpuSlotToOneRunAtATime() throws Exception {
    DevicePool pool = DevicePool.of(DevicePlan.plan(DeviceSetting.AUTO, TWO_GPUS, 0, 8));
    DevicePool.Lease a = pool.acquire();
    DevicePool.Lease b = pool.acquire();
    assertNotEquals(a.device(), b.device());
    Thread waiter = new Thread(() -> pool.acquire().close());
    waiter.start();
    waiter.join(200);
    assertTrue(waiter.isAlive(), "a third run waits while both GPUs are lent");
    a.close();
    waiter.join(5_000);
    assertFalse(waiter.isAlive(), "a returned GPU is lent again");
    b.close();
    b.close(); // closing twice returns the device once
    DevicePool.Lease c = pool.acquire();
    DevicePool.Lease d = pool.acquire();
    assertNotEquals(c.device(), d.device());
  }

  @Test
  void aCpuPoolNeverWaits() {
    DevicePool pool = DevicePool.cpu();
    for (int i = 0; i < 100; i++) {
      assertEquals(Device.cpu(), pool.acquire().device());
    }
  }
}
