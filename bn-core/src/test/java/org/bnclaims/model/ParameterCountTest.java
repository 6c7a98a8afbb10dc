package org.bnclaims.model;

import static org.junit.jupiter.api.Assertions.*;

import ai.djl.ndarray.NDManager;
import org.bnclaims.spec.ModelSpec;
import org.bnclaims.spec.NormSpec;
import org.bnclaims.spec.NormVariant;
import org.bnclaims.spec.Placement;
import org.junit.jupiter.api.Test;

/** Parameter counts against docs/architectures.md (sections 1, 2 and 6). */
class ParameterCountTest {

  static long count(ModelSpec model, NormSpec norm, int classes) {
    Network net = Models.build(model, norm, 3, 32, 32, classes);
    try (NDManager m = NDManager.newBaseManager()) {
      net.initialize(m, 1);
      long viaBlock =
          net.block().getParameters().values().stream()
              .filter(p -> !net.buffers().contains(p))
              .mapToLong(p -> p.getShape().size())
              .sum();
      assertEquals(viaBlock, net.parameterCount(), "groups cover every learnable parameter");
      return net.parameterCount();
    }
  }

  @Test
  void threeC3dVanilla() {
    assertEquals(895_210, count(ModelSpec.of("3c3d"), NormSpec.NONE, 10));
    assertEquals(918_340, count(ModelSpec.of("3c3d"), NormSpec.NONE, 100));
  }

  @Test
  void threeC3dPerVariant() {
    // BN on the 5 slots drops 5 biases (64+96+128+512+256 = 1056) and adds per trained affine
    // vector 1056 values.
    long vanilla = 895_210;
    int slots = 64 + 96 + 128 + 512 + 256;
    assertEquals(
        vanilla - slots + 2 * slots,
        count(ModelSpec.of("3c3d"), NormSpec.of(NormVariant.BN_GAMMA_BETA), 10));
    assertEquals(
        vanilla - slots + slots,
        count(ModelSpec.of("3c3d"), NormSpec.of(NormVariant.BN_GAMMA), 10));
    assertEquals(
        vanilla - slots + slots, count(ModelSpec.of("3c3d"), NormSpec.of(NormVariant.BN_BETA), 10));
    assertEquals(
        vanilla - slots, count(ModelSpec.of("3c3d"), NormSpec.of(NormVariant.BN_PLAIN), 10));
    // ALL_PLUS_LAST also normalizes dense3 (10 outputs): its bias goes, gamma and beta come.
    assertEquals(
        vanilla - slots + 2 * slots - 10 + 20,
        count(
            ModelSpec.of("3c3d"),
            NormSpec.of(NormVariant.BN_GAMMA_BETA).withPlacement(Placement.ALL_PLUS_LAST),
            10));
  }

  @Test
  void allCnnCVanilla() {
    assertEquals(1_387_108, count(ModelSpec.of("allcnnc"), NormSpec.NONE, 100));
  }

  @Test
  void resnetOptionsAandB() {
    NormSpec bn = NormSpec.of(NormVariant.BN_GAMMA_BETA);
    assertEquals(269_722, count(ModelSpec.of("resnet").withDepth(3), bn, 10));
    assertEquals(272_474, count(ModelSpec.of("resnet").withDepth(3).withShortcut("B"), bn, 10));
    assertEquals(853_018, count(ModelSpec.of("resnet").withDepth(9), bn, 10));
    assertEquals(855_770, count(ModelSpec.of("resnet").withDepth(9).withShortcut("B"), bn, 10));
    assertEquals(1_727_962, count(ModelSpec.of("resnet").withDepth(18), bn, 10));
    assertEquals(1_730_714, count(ModelSpec.of("resnet").withDepth(18).withShortcut("B"), bn, 10));
  }

  @Test
  void resnet20BnBudget() {
    // docs/architectures.md section 7: 784 BN channels with option B, 688 with option A.
    assertEquals(
        784,
        Models.build(
                ModelSpec.of("resnet").withShortcut("B"),
                NormSpec.of(NormVariant.BN_GAMMA_BETA),
                3,
                32,
                32,
                10)
            .normLayers()
            .stream()
            .mapToInt(n -> n.channels())
            .sum());
  }
}
