package org.bnclaims.train;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bnclaims.data.DataConfig;
import org.bnclaims.run.EngineThreads;
import org.bnclaims.run.EpochMetrics;
import org.bnclaims.run.RunResult;
import org.bnclaims.spec.DataSpec;
import org.bnclaims.spec.ModelSpec;
import org.bnclaims.spec.NormSpec;
import org.bnclaims.spec.NormVariant;
import org.bnclaims.spec.OptimSpec;
import org.bnclaims.spec.ProbeSpec;
import org.bnclaims.spec.RunSpec;
import org.bnclaims.spec.TrainSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Learning curves of the claims' reference arms only (the arm each claim's regime check reads:
 * standard BatchNorm, or the BN-only network of document 003), on the real data subsets, for
 * planning the reduced settings before any contrast is seen (docs/CLAIMS-PLAN.md, revision 2).
 * Prints per epoch the training and test accuracy and the seconds so far; with a constant learning
 * rate the first e epochs of a run are exactly an e-epoch run, so one long run shows every shorter
 * setting. Not part of the test run: {@code -Dbn.pilot=<name>|all} with {@code BN_DATA_DIR} set.
 */
@EnabledIfSystemProperty(named = "bn.pilot", matches = ".+")
class PilotCurves {

  static Map<String, RunSpec> pilots() {
    Map<String, RunSpec> p = new LinkedHashMap<>();
    NormSpec bn = NormSpec.of(NormVariant.BN_GAMMA_BETA);
    RunSpec allcnnc =
        new RunSpec(
            DataSpec.of("cifar100").withSubset(20, 10),
            ModelSpec.of("allcnnc").withWidthMultiplier(0.25).withDropout(true),
            bn,
            OptimSpec.sgd(0.166),
            TrainSpec.of(256, 30),
            ProbeSpec.NONE);
    p.put("allcnnc-b256", allcnnc);
    p.put("allcnnc-b32", allcnnc.withTrain(TrainSpec.of(32, 15)));
    RunSpec c3d100 =
        new RunSpec(
            DataSpec.of("cifar100").withSubset(50, 20),
            ModelSpec.of("3c3d").withWidthMultiplier(0.5),
            bn,
            OptimSpec.sgd(0.166),
            TrainSpec.of(256, 20),
            ProbeSpec.NONE);
    p.put("3c3d-cifar100", c3d100);
    p.put(
        "3c3d-cifar10",
        c3d100
            .withData(DataSpec.of("cifar10").withSubset(500, 100))
            .withOptim(OptimSpec.sgd(0.022))
            .withTrain(TrainSpec.of(128, 10)));
    p.put(
        "doc000-cifar10-b32",
        new RunSpec(
            DataSpec.of("cifar10").withSubset(200, 100),
            ModelSpec.of("3c3d").withWidthMultiplier(0.25),
            bn,
            OptimSpec.adam(1e-3),
            TrainSpec.of(32, 5),
            ProbeSpec.NONE));
    p.put(
        "doc001-cifar10-sgd",
        new RunSpec(
            DataSpec.of("cifar10").withSubset(500, 100),
            ModelSpec.of("3c3d").withWidthMultiplier(0.5),
            bn,
            OptimSpec.sgd(0.01),
            TrainSpec.of(128, 8),
            ProbeSpec.NONE));
    p.put(
        "doc003-bnonly-n1",
        new RunSpec(
            DataSpec.of("cifar10").withSubset(500, 100).withAugmentation(true, 4),
            ModelSpec.of("resnet").withShortcut("A").withDepth(1),
            bn.withBnOnly(false),
            OptimSpec.sgd(0.1).withMomentum(0.9, false).withWeightDecay(1e-4, "all"),
            TrainSpec.of(128, 8),
            ProbeSpec.NONE));
    p.put(
        "doc004-conv4-b128",
        new RunSpec(
            DataSpec.of("imagenette").withImageSize(64).withSubset(100, 50),
            ModelSpec.of("conv4").withWidthMultiplier(0.5),
            bn,
            OptimSpec.sgd(0.01),
            TrainSpec.of(128, 15),
            ProbeSpec.NONE));
    RunSpec conv4 = p.get("doc004-conv4-b128");
    p.put(
        "doc004-conv4-32px-300",
        conv4
            .withData(DataSpec.of("imagenette").withImageSize(32).withSubset(300, 50))
            .withTrain(TrainSpec.of(128, 30)));
    p.put(
        "doc004-conv4-64px-300",
        conv4
            .withData(DataSpec.of("imagenette").withImageSize(64).withSubset(300, 50))
            .withTrain(TrainSpec.of(128, 12)));
    p.put(
        "doc003-vggres-grads",
        new RunSpec(
            DataSpec.of("cifar100").withSubset(50, 20),
            ModelSpec.of("vgg-res").withWidthMultiplier(0.25).withDepth(2),
            bn,
            OptimSpec.sgd(0.1).withMomentum(0.9, false).withWeightDecay(1e-4, "all"),
            TrainSpec.of(128, 5),
            ProbeSpec.NONE.withGradMagnitudes()));
    p.put(
        "doc003-bnonly-n3-200",
        p.get("doc003-bnonly-n1")
            .withData(DataSpec.of("cifar10").withSubset(200, 100).withAugmentation(true, 4))
            .withModel(ModelSpec.of("resnet").withShortcut("A").withDepth(3))
            .withTrain(TrainSpec.of(128, 4)));
    return p;
  }

  @Test
  void curves() {
    EngineThreads.configure(2);
    String which = System.getProperty("bn.pilot");
    Training training = new Training(DataConfig.fromEnvironment());
    for (Map.Entry<String, RunSpec> e : pilots().entrySet()) {
      if (!which.equals("all") && !List.of(which.split(",")).contains(e.getKey())) {
        continue;
      }
      long t0 = System.nanoTime();
      RunResult r = training.run(e.getValue(), 1, null);
      double s = (System.nanoTime() - t0) / 1e9;
      StringBuilder b = new StringBuilder(e.getKey() + String.format(Locale.ROOT, " (%.0f s):", s));
      for (EpochMetrics m : r.epochs()) {
        b.append(
            String.format(
                Locale.ROOT,
                " e%d train %.1f%% test %.1f%%;",
                m.epoch() + 1,
                100 * m.trainAccuracy(),
                100 * m.test().get(0).accuracy()));
      }
      System.out.println("PILOT " + b);
    }
  }
}
