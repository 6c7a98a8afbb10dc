package org.bnclaims.train;

import ai.djl.ndarray.NDManager;
import ai.djl.pytorch.jni.JniUtils;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bnclaims.data.DataConfig;
import org.bnclaims.data.Datasets;
import org.bnclaims.data.PreparedData;
import org.bnclaims.device.DevicePool;
import org.bnclaims.model.Models;
import org.bnclaims.model.Network;
import org.bnclaims.run.Provenance;
import org.bnclaims.run.Provenances;
import org.bnclaims.run.RunFunction;
import org.bnclaims.run.RunResult;
import org.bnclaims.spec.RunSpec;
import org.bnclaims.spec.SpecHash;

/**
 * The one training entry point: {@code (RunSpec, seed) -> RunResult}, and {@code (RunSpec, seeds)
 * -> results} for seeds trained side by side as one wider network ({@link SeedBatchPolicy} says how
 * many).
 *
 * <p>Every random stream derives from the seed (initialization and dropout through the network,
 * data order and augmentation here), so the same spec and seed give the same metrics bit for bit on
 * a CPU with the same thread count and the same seed batch. A loss that turns NaN or infinite stops
 * that seed's run at that epoch; the result records the divergence and the metrics as measured, it
 * never throws.
 */
public final class Training implements RunFunction {

  private final DataConfig dataConfig;
  private final DevicePool devices;
  private final SeedBatchPolicy seedBatch;

  /**
   * Training whose every run leases its device (data, model, optimizer state) from {@code devices},
   * with up to {@code seedBatch.limit(spec)} seeds of a spec trained side by side.
   */
  public Training(DataConfig dataConfig, DevicePool devices, SeedBatchPolicy seedBatch) {
    this.dataConfig = dataConfig;
    this.devices = devices;
    this.seedBatch = seedBatch;
  }

  /** Training on the CPU with the given seed batch. */
  public Training(DataConfig dataConfig, SeedBatchPolicy seedBatch) {
    this(dataConfig, DevicePool.cpu(), seedBatch);
  }

  /** Training on {@code devices} with the seed batch of {@code -Dbn.seedBatch}. */
  public Training(DataConfig dataConfig, DevicePool devices) {
    this(dataConfig, devices, SeedBatchPolicy.fromEnvironment());
  }

  /** Training on the CPU with the seed batch of {@code -Dbn.seedBatch}. */
  public Training(DataConfig dataConfig) {
    this(dataConfig, DevicePool.cpu());
  }

  /** Training with data found through {@link DataConfig#fromEnvironment()}. */
  public Training() {
    this(DataConfig.fromEnvironment());
  }

  @Override
  public RunResult run(RunSpec spec, long seed, Path workDir) {
    return runObserved(spec, new long[] {seed}, (epoch, live) -> {}).get(0);
  }

  @Override
  public int seedBatchLimit(RunSpec spec) {
    return seedBatch.limit(spec);
  }

  @Override
  public List<RunResult> runSeeds(RunSpec spec, List<Long> seeds) {
    long[] s = seeds.stream().mapToLong(Long::longValue).toArray();
    return runObserved(spec, s, (epoch, live) -> {});
  }

  /** Observes the loop after each epoch; tests use it to see that native memory stays flat. */
  interface EpochObserver {
    void afterEpoch(int epoch, int liveArrays);
  }

  List<RunResult> runObserved(RunSpec spec, long[] seeds, EpochObserver observer) {
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
              data.classes(),
              seeds.length);
      long[] init = new long[seeds.length];
      for (int k = 0; k < seeds.length; k++) {
        init[k] = Seeds.derive(seeds[k], Seeds.INIT);
      }
      net.initialize(manager, init);
      List<SeedOutcome> outcomes = new TrainLoop(spec, seeds, data, net, manager, observer).train();
      // Seeds trained together share the wall time; each result carries its share.
      double seconds = (System.nanoTime() - t0) / 1e9 / seeds.length;
      List<Long> batch = seeds.length == 1 ? List.of() : toList(seeds);
      Provenance provenance =
          Provenances.current(spec, lease.device(), JniUtils.getNumThreads(), batch);
      String hash = SpecHash.of(spec);
      List<RunResult> out = new ArrayList<>(seeds.length);
      for (SeedOutcome o : outcomes) {
        out.add(
            new RunResult(
                hash,
                o.seed(),
                o.epochs(),
                o.diverged(),
                o.divergedEpoch(),
                o.probes(),
                seconds,
                provenance));
      }
      return out;
    }
  }

  private static List<Long> toList(long[] a) {
    List<Long> l = new ArrayList<>(a.length);
    for (long v : a) {
      l.add(v);
    }
    return l;
  }
}
