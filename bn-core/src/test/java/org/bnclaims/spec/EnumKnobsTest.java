package org.bnclaims.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The knobs that were strings (optimizer, weight-decay group, gamma init, ResNet shortcut) are
 * enums now, written as the same strings: a spec using any of their values keeps its canonical JSON
 * byte for byte, and so its hash and its cached runs.
 *
 * <p>The expected texts and hashes were printed by the code before the change (commit 9e866e8,
 * where these knobs were {@code String}s), for the same specs built through the string factories.
 */
class EnumKnobsTest {

  private static final RunSpec BASE =
      new RunSpec(
          DataSpec.of("cifar10").withSubset(500, 100),
          ModelSpec.of("resnet").withDepth(3),
          NormSpec.of(NormVariant.BN_GAMMA_BETA),
          OptimSpec.sgd(0.1),
          TrainSpec.of(128, 2),
          ProbeSpec.NONE);

  private static final String DATA =
      "{\"data\":{\"dataset\":\"cifar10\",\"testPerClass\":100,\"trainPerClass\":500},";
  private static final String MODEL = "\"model\":{\"arch\":\"resnet\",\"depth\":3},";
  private static final String NORM = "\"norm\":{\"variant\":\"BN_GAMMA_BETA\"},";
  private static final String OPTIM = "\"optim\":{\"lr\":0.1},";
  private static final String TRAIN = "\"train\":{\"batchSize\":128,\"epochs\":2}}";

  static Stream<Arguments> specs() {
    return Stream.of(
        Arguments.argumentSet(
            "Optimizer.SGD, DecayOn.WEIGHTS, GammaInit.ONES, Shortcut.A (all omitted)",
            BASE.withOptim(OptimSpec.sgd(0.1).withWeightDecay(0, DecayOn.WEIGHTS)),
            DATA + MODEL + NORM + OPTIM + TRAIN,
            "a4c22a616a1b95f117cf2e35f2aed990ab839893618c2957d428d3aeb5d5573d"),
        Arguments.argumentSet(
            "Optimizer.ADAM",
            BASE.withOptim(OptimSpec.adam(0.001)),
            DATA + MODEL + NORM + "\"optim\":{\"lr\":0.001,\"optimizer\":\"adam\"}," + TRAIN,
            "5e68f816af4d960284dd045b8dbd7d823144495acf301804c35bb1e9a003495c"),
        Arguments.argumentSet(
            "DecayOn.ALL",
            BASE.withOptim(OptimSpec.sgd(0.1).withMomentum(0.9, true).withWeightDecay(1e-4, "all")),
            DATA
                + MODEL
                + NORM
                + "\"optim\":{\"decayOn\":\"all\",\"lr\":0.1,\"momentum\":0.9,\"nesterov\":true,"
                + "\"weightDecay\":0.0001},"
                + TRAIN,
            "3a281b1d2bb57b2d160840a5913edb8303257a04450772b3e03851fd09755163"),
        Arguments.argumentSet(
            "DecayOn.WEIGHTS with decay",
            BASE.withOptim(OptimSpec.sgd(0.1).withWeightDecay(5e-4, DecayOn.WEIGHTS)),
            DATA + MODEL + NORM + "\"optim\":{\"lr\":0.1,\"weightDecay\":0.0005}," + TRAIN,
            "110a71c435b476eaf025b01fd37882715331c50366878553f9dd6e93e05ad371"),
        Arguments.argumentSet(
            "GammaInit.UNIFORM",
            BASE.withNorm(NormSpec.of(NormVariant.BN_GAMMA_BETA).withGammaInit(GammaInit.UNIFORM)),
            DATA
                + MODEL
                + "\"norm\":{\"gammaInit\":\"uniform\",\"variant\":\"BN_GAMMA_BETA\"},"
                + OPTIM
                + TRAIN,
            "406101e8879e6ccee7f86d346ff4329df7f2221e597a8f20495a76438fd85e7f"),
        Arguments.argumentSet(
            "GammaInit.UNIFORM through BN-only training",
            BASE.withNorm(NormSpec.of(NormVariant.BN_GAMMA_BETA).withBnOnly(false)),
            DATA
                + MODEL
                + "\"norm\":{\"bnOnly\":true,\"gammaInit\":\"uniform\",\"outputTrainable\":false,"
                + "\"variant\":\"BN_GAMMA_BETA\"},"
                + OPTIM
                + TRAIN,
            "f88cea1c8f24f02b2abd711095242d02c2031c0005f0a7b7993cee9ab44439eb"),
        Arguments.argumentSet(
            "Shortcut.B",
            BASE.withModel(ModelSpec.of("resnet").withDepth(3).withShortcut(Shortcut.B)),
            DATA
                + "\"model\":{\"arch\":\"resnet\",\"depth\":3,\"shortcut\":\"B\"},"
                + NORM
                + OPTIM
                + TRAIN,
            "f8c7ff0bf74a1389369462a2156fddd320c9c45fdcbbd4af31b2eecd2cd4b013"));
  }

  @ParameterizedTest
  @MethodSource("specs")
  void canonicalJsonAndHashAreAsBefore(RunSpec spec, String json, String hash) {
    assertEquals(json, CanonicalJson.of(spec));
    // Pinned under SEMANTICS_VERSION 1, before the enums; version 2 changed no canonical JSON.
    assertEquals(hash, SpecHash.sha256Hex(SpecHash.hashedText(CanonicalJson.of(spec), 1)));
  }

  @ParameterizedTest
  @EnumSource(Optimizer.class)
  void optimizerKeysParseBack(Optimizer o) {
    assertEquals(o, Optimizer.of(o.key()));
  }

  @ParameterizedTest
  @EnumSource(DecayOn.class)
  void decayOnKeysParseBack(DecayOn d) {
    assertEquals(d, DecayOn.of(d.key()));
  }

  @ParameterizedTest
  @EnumSource(GammaInit.class)
  void gammaInitKeysParseBack(GammaInit g) {
    assertEquals(g, GammaInit.of(g.key()));
  }

  @ParameterizedTest
  @EnumSource(Shortcut.class)
  void shortcutKeysParseBack(Shortcut s) {
    assertEquals(s, Shortcut.of(s.key()));
  }
}
