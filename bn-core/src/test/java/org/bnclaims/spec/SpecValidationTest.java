package org.bnclaims.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every value a spec record refuses, one row each: the record fails where it is made, with a
 * message naming the field, the value and what is allowed, so a bad spec never reaches the cache (a
 * batch size of 0 used to write {@code spec.json} and then divide by zero in training).
 */
class SpecValidationTest {

  private static final DataSpec DATA = DataSpec.of("mnist");
  private static final ModelSpec MLP = ModelSpec.mlp(8);
  private static final NormSpec BN = NormSpec.of(NormVariant.BN_GAMMA_BETA);
  private static final OptimSpec SGD = OptimSpec.sgd(0.1);
  private static final TrainSpec TRAIN = TrainSpec.of(8, 1);

  static Stream<Arguments> rejected() {
    return Stream.of(
        row("TrainSpec.batchSize = 0", () -> TrainSpec.of(0, 1), "an integer >= 1"),
        row("TrainSpec.epochs = 0", () -> TrainSpec.of(32, 0), "an integer >= 1"),
        row("TrainSpec.evalBatchSize = 0", () -> TRAIN.withEvalBatchSize(0), "an integer >= 1"),
        row("TrainSpec.evalModes = []", () -> TRAIN.withEvalModes(), "one or more distinct"),
        row(
            "TrainSpec.evalModes = [RUNNING, RUNNING]",
            () -> TRAIN.withEvalModes(EvalMode.RUNNING, EvalMode.RUNNING),
            "one or more distinct modes of [RUNNING, BATCH]"),
        row(
            "TrainSpec.evalModes = [null]",
            () -> new TrainSpec(8, 1, Arrays.asList((EvalMode) null), 256, true),
            "one or more distinct"),
        row("OptimSpec.lr = 0.0", () -> OptimSpec.sgd(0), "a finite number > 0"),
        row("OptimSpec.lr = -0.1", () -> OptimSpec.adam(-0.1), "a finite number > 0"),
        row("OptimSpec.lr = NaN", () -> OptimSpec.sgd(Double.NaN), "a finite number > 0"),
        row("OptimSpec.lr = Infinity", () -> SGD.withLr(1 / 0.0), "a finite number > 0"),
        row("OptimSpec.momentum = 1.0", () -> SGD.withMomentum(1, false), "a number in [0, 1)"),
        row("OptimSpec.momentum = -0.5", () -> SGD.withMomentum(-0.5, false), "[0, 1)"),
        row(
            "OptimSpec.nesterov = true",
            () -> SGD.withMomentum(0, true),
            "false while momentum is 0"),
        row("OptimSpec.beta1 = 1.0", () -> SGD.withAdamBetas(1, 0.999, 1e-8), "[0, 1)"),
        row("OptimSpec.beta2 = -0.1", () -> SGD.withAdamBetas(0.9, -0.1, 1e-8), "[0, 1)"),
        row("OptimSpec.adamEpsilon = 0.0", () -> SGD.withAdamBetas(0.9, 0.999, 0), "> 0"),
        row(
            "OptimSpec.weightDecay = -1.0E-4",
            () -> SGD.withWeightDecay(-1e-4, DecayOn.ALL),
            "a finite number >= 0"),
        row("OptimSpec.weightDecay = NaN", () -> SGD.withWeightDecay(Double.NaN, "all"), ">= 0"),
        row(
            "OptimSpec.decayOn = 'biases'",
            () -> SGD.withWeightDecay(1e-4, "biases"),
            "weights, all"),
        row("OptimSpec.milestones[0] = 0", () -> SGD.withSteps(0.1, 0, 3), "an integer >= 1"),
        row(
            "OptimSpec.milestones = [3, 2]",
            () -> SGD.withSteps(0.1, 3, 2),
            "strictly ascending integers"),
        row(
            "OptimSpec.milestones = [2, 2]",
            () -> SGD.withSteps(0.1, 2, 2),
            "strictly ascending integers"),
        row("OptimSpec.lrFactor = 0.0", () -> SGD.withSteps(0, 2), "a finite number > 0"),
        row("OptimSpec.optimizer = 'rmsprop'", () -> Optimizer.of("rmsprop"), "sgd, adam"),
        row("NormSpec.epsilon = 0.0", () -> BN.withEpsilon(0), "a finite number > 0"),
        row("NormSpec.epsilon = -1.0E-5", () -> BN.withEpsilon(-1e-5), "a finite number > 0"),
        row("NormSpec.momentum = 1.0", () -> BN.withMomentum(1), "a number in [0, 1)"),
        row("NormSpec.momentum = 1.5", () -> BN.withMomentum(1.5), "a number in [0, 1)"),
        row("NormSpec.groups = 0", () -> BN.withGroups(0), "an integer >= 1"),
        row("NormSpec.gammaInit = 'normal'", () -> BN.withGammaInit("normal"), "ones, uniform"),
        row(
            "NormSpec.outputTrainable = false",
            () ->
                new NormSpec(
                    NormVariant.BN_GAMMA,
                    Placement.ALL_HIDDEN,
                    1e-5,
                    0.9,
                    8,
                    false,
                    false,
                    GammaInit.ONES),
            "true unless bnOnly is true"),
        row("Placement.every = 0", () -> Placement.everyK(0), "an integer >= 1"),
        row(
            "Placement.every = 2",
            () -> new Placement(Placement.Kind.FIRST_ONLY, 2, List.of()),
            "0 unless kind is EVERY_K"),
        row("Placement.indices = []", () -> Placement.explicit(), "one or more layer indices"),
        row("Placement.indices[0] = -1", () -> Placement.explicit(-1), "an integer >= 0"),
        row("Placement.indices = [2, 0]", () -> Placement.explicit(2, 0), "strictly ascending"),
        row(
            "Placement.indices = [1]",
            () -> new Placement(Placement.Kind.ALL_HIDDEN, 0, List.of(1)),
            "empty unless kind is EXPLICIT"),
        row("DataSpec.dataset = ' '", () -> DataSpec.of(" "), "a non-blank registry name"),
        row("DataSpec.trainPerClass = -1", () -> DATA.withSubset(-1, 0), "an integer >= 0"),
        row("DataSpec.testPerClass = -5", () -> DATA.withSubset(10, -5), "an integer >= 0"),
        row("DataSpec.padCrop = -4", () -> DATA.withAugmentation(true, -4), "an integer >= 0"),
        row("DataSpec.imageSize = -64", () -> DATA.withImageSize(-64), "an integer >= 0"),
        row("ModelSpec.arch = ''", () -> ModelSpec.of(""), "a non-blank registry name"),
        row("ModelSpec.hidden[1] = 0", () -> ModelSpec.mlp(8, 0), "an integer >= 1"),
        row("ModelSpec.depth = -1", () -> MLP.withDepth(-1), "an integer >= 0"),
        row("ModelSpec.widthMultiplier = 0.0", () -> MLP.withWidthMultiplier(0), "> 0"),
        row("ModelSpec.widthMultiplier = NaN", () -> MLP.withWidthMultiplier(Double.NaN), "> 0"),
        row("ModelSpec.shortcut = 'C'", () -> MLP.withShortcut("C"), "A, B"),
        row("ProbeSpec.bnSnapshotEvery = -1", () -> ProbeSpec.NONE.withBnSnapshots(-1), ">= 0"),
        row(
            "ProbeSpec.classVisualizations = -3",
            () -> ProbeSpec.NONE.withClassVisualizations(-3),
            "an integer >= 0"),
        row(
            "ProbeSpec.gammaPruneFraction = 1.0",
            () -> ProbeSpec.NONE.withGammaPruning(1.0),
            "a number in [0, 1)"));
  }

  /** A row named after the message's start: {@code Record.field = value}. */
  private static Arguments row(String fieldAndValue, Executable make, String allowed) {
    return argumentSet(fieldAndValue, make, fieldAndValue, allowed);
  }

  @ParameterizedTest
  @MethodSource("rejected")
  void isRejectedWhereItIsMade(Executable make, String fieldAndValue, String allowed) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, make);
    String m = e.getMessage();
    assertTrue(m.startsWith(fieldAndValue + "; allowed: "), m);
    assertTrue(m.contains(allowed), m);
  }

  @Test
  void missingPartsAreNamed() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new RunSpec(DATA, MLP, BN, SGD, null, ProbeSpec.NONE));
    assertEquals("RunSpec.train is null; a spec has no null components", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> new TrainSpec(8, 1, null, 256, true));
    assertEquals("TrainSpec.evalModes is null; a spec has no null components", e.getMessage());
  }

  @Test
  void theBoundariesAreAllowed() {
    TrainSpec.of(1, 1).withEvalBatchSize(1);
    OptimSpec.sgd(Double.MIN_VALUE).withMomentum(0, false).withWeightDecay(0, DecayOn.ALL);
    SGD.withMomentum(0.999, true).withAdamBetas(0, 0, Double.MIN_VALUE).withSteps(2, 1, 2);
    BN.withMomentum(0).withGroups(1).withBnOnly(false);
    DATA.withSubset(0, 0).withAugmentation(false, 0).withImageSize(0);
    MLP.withDepth(0).withWidthMultiplier(1e-3);
    ProbeSpec.NONE.withGammaPruning(0.999).withBnSnapshots(0).withClassVisualizations(0);
    Placement.explicit(0).applies(0, 1);
  }
}
