package org.bnclaims.train;

import ai.djl.ndarray.NDManager;
import ai.djl.pytorch.jni.JniUtils;
import java.nio.file.Path;
import org.bnclaims.data.DataConfig;
import org.bnclaims.data.Datasets;
import org.bnclaims.data.PreparedData;
import org.bnclaims.device.DevicePool;
import org.bnclaims.model.Models;
import org.bnclaims.model.Network;
import org.bnclaims.run.Provenances;
import org.bnclaims.run.RunFunction;
import org.bnclaims.run.RunResult;
import org.bnclaims.spec.RunSpec;

/**
 * The one training entry point: {@code (RunSpec, seed, run directory) -> RunResult}.
 *
 * <p>Every random stream derives from the seed (initialization and dropout through the network,
 * data order and augmentation here), so the same spec and seed give the same metrics bit for bit on
 * a CPU with the same thread count. A loss that turns NaN or infinite stops the run at that epoch;
 * the result records the divergence and the metrics as measured, it never throws.
 */
public final class Training implements RunFunction {

  private final DataConfig dataConfig;
  private final DevicePool devices;

  /** Training on the CPU. */
  public Training(DataConfig dataConfig) {
    this(dataConfig, DevicePool.cpu());
  }

  /**
   * Training whose every run leases its device (data, model, optimizer state) from {@code devices}.
   */
  public Training(DataConfig dataConfig, DevicePool devices) {
    this.dataConfig = dataConfig;
    this.devices = devices;
  }

  /** Training with data found through {@link DataConfig#fromEnvironment()}. */
  public Training() {
    this(DataConfig.fromEnvironment());
  }

  @Override
  public RunResult run(RunSpec spec, long seed, Path workDir) {
    return runObserved(spec, seed, (epoch, live) -> {});
  }

  /** Observes the loop after each epoch; tests use it to see that native memory stays flat. */
  interface EpochObserver {
    void afterEpoch(int epoch, int liveArrays);
  }

  RunResult runObserved(RunSpec spec, long seed, EpochObserver observer) {
    long t0 = System.nanoTime();
    PreparedData data = Datasets.prepare(spec.data(), dataConfig);
    // Every array of the run comes from this manager or its sub-managers: all on the lease's
    // device.
    try (DevicePool.Lease lease = devices.acquire();
        NDManager manager = NDManager.newBaseManager(lease.device())) {
      // Grad mode is per thread and a new thread starts with it on: switch it off explicitly.
      JniUtils.setGradMode(false);
      Network net =
          Models.build(
              spec.model(),
              spec.norm(),
              data.channels(),
              data.height(),
              data.width(),
              data.classes());
      net.initialize(manager, Seeds.derive(seed, Seeds.INIT));
      TrainLoop loop = new TrainLoop(spec, seed, data, net, manager, observer);
      RunResult partial = loop.train();
      double seconds = (System.nanoTime() - t0) / 1e9;
      return new RunResult(
          partial.specHash(),
          seed,
          partial.epochs(),
          partial.diverged(),
          partial.divergedEpoch(),
          partial.probes(),
          seconds,
          Provenances.current(spec, lease.device(), JniUtils.getNumThreads()));
    }
  }
}
