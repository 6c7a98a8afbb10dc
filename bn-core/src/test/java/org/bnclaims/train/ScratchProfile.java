package org.bnclaims.train;

import ai.djl.pytorch.jni.JniUtils;
import org.bnclaims.run.EngineThreads;
import org.bnclaims.spec.*;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

@EnabledIfSystemProperty(named = "bn.scratch", matches = "true")
class ScratchProfile {
  @Test
  void profile() throws Exception {
    String which = System.getProperty("which", "3c3d");
    int threads = Integer.getInteger("threads", 2);
    EngineThreads.configure(2);
    JniUtils.setNumThreads(threads);
    Training training = new Training();
    RunSpec spec;
    if (which.equals("mlp")) {
      spec =
          new RunSpec(
              DataSpec.of("mnist").withSynthetic(true).withSubset(200, 1),
              ModelSpec.mlp(512),
              NormSpec.of(NormVariant.BN_GAMMA_BETA),
              OptimSpec.sgd(0.01),
              TrainSpec.of(8, 1),
              ProbeSpec.NONE);
    } else if (which.equals("allcnnc")) {
      spec =
          new RunSpec(
              DataSpec.of("cifar100").withSynthetic(true).withSubset(10, 1),
              ModelSpec.of("allcnnc")
                  .withWidthMultiplier(Double.parseDouble(System.getProperty("width", "0.25")))
                  .withDropout(true),
              NormSpec.of(NormVariant.BN_GAMMA_BETA),
              OptimSpec.sgd(0.01),
              TrainSpec.of(256, 1),
              ProbeSpec.NONE);
    } else {
      spec =
          new RunSpec(
              DataSpec.of("cifar10").withSynthetic(true).withSubset(256, 1),
              ModelSpec.of("3c3d")
                  .withWidthMultiplier(Double.parseDouble(System.getProperty("width", "1.0"))),
              NormSpec.of(NormVariant.BN_GAMMA_BETA),
              OptimSpec.sgd(0.01),
              TrainSpec.of(128, 1),
              ProbeSpec.NONE);
    }
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    training.run(spec, 1, null);
    int reps = Integer.getInteger("reps", 3);
    double bestCpu = 1e9, bestWall = 1e9;
    for (int r = 0; r < reps; r++) {
      long c0 = mx.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      training.run(spec, 2 + r, null);
      bestWall = Math.min(bestWall, (System.nanoTime() - t0) / 1e9);
      bestCpu = Math.min(bestCpu, (mx.getCurrentThreadCpuTime() - c0) / 1e9);
    }
    System.out.printf("plain run: wall %.3f s, thread cpu %.3f s%n", bestWall, bestCpu);
    if (Boolean.getBoolean("prof")) {
      JniUtils.startProfile(false, true, false);
      training.run(spec, 3, null);
      JniUtils.stopProfile("/tmp/pb/trace-" + which + ".json");
    }
  }
}
