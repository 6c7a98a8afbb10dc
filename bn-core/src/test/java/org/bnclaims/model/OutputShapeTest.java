package org.bnclaims.model;

import static org.junit.jupiter.api.Assertions.*;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import java.util.List;
import org.bnclaims.spec.ModelSpec;
import org.bnclaims.spec.NormSpec;
import org.bnclaims.spec.NormVariant;
import org.junit.jupiter.api.Test;

/** Every architecture maps (N, C, H, W) to (N, classes), with ReLUs and norms where expected. */
class OutputShapeTest {

  private static Network check(ModelSpec model, int channels, int size, int classes) {
    NormSpec bn = NormSpec.of(NormVariant.BN_GAMMA_BETA);
    try (Nets n = new Nets(model, bn, channels, size, classes, 3)) {
      NDArray x = n.input(2, 4);
      assertEquals(new Shape(2, classes), n.net.forward(n.store, x, true).getShape(), model.arch());
      assertEquals(
          new Shape(2, classes), n.net.forward(n.store, x, false).getShape(), model.arch());
      return n.net;
    }
  }

  @Test
  void everyArchitectureProducesLogits() {
    assertEquals(3, check(ModelSpec.mlp(32, 16, 8), 1, 6, 10).normLayers().size());
    Network c3d = check(ModelSpec.of("3c3d").withWidthMultiplier(0.25), 3, 32, 10);
    assertEquals(5, c3d.normLayers().size());
    assertEquals(
        List.of("conv1.relu", "conv2.relu", "conv3.relu", "dense1.relu", "dense2.relu"),
        c3d.reluLayers().stream().map(ReluLayer::name).toList());
    Network allc = check(ModelSpec.of("allcnnc").withWidthMultiplier(0.125), 3, 32, 100);
    assertEquals(8, allc.normLayers().size());
    assertEquals(9, allc.reluLayers().size(), "a ReLU after each of conv1..conv9");
    Network r = check(ModelSpec.of("resnet").withDepth(1).withWidthMultiplier(0.5), 3, 16, 10);
    assertEquals(7, r.normLayers().size(), "stem + 2 per block");
    Network rb =
        check(
            ModelSpec.of("resnet").withDepth(1).withShortcut("B").withWidthMultiplier(0.5),
            3,
            16,
            10);
    assertEquals(9, rb.normLayers().size(), "plus 2 projection norms");
    Network v = check(ModelSpec.of("vgg-res").withDepth(1).withWidthMultiplier(0.125), 3, 16, 10);
    assertEquals(12, v.normLayers().size(), "4 stages x (1 + 2)");
    Network c4 = check(ModelSpec.of("conv4").withWidthMultiplier(0.25), 3, 32, 10);
    assertEquals(4, c4.normLayers().size());
  }

  @Test
  void unknownArchitectureListsValidOnes() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Models.build(ModelSpec.of("lenet"), NormSpec.NONE, 3, 32, 32, 10));
    for (String name : Models.names()) {
      assertTrue(e.getMessage().contains(name), e.getMessage());
    }
    assertTrue(e.getMessage().contains("lenet"));
  }

  @Test
  void badGammaInitAndShortcutAreRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            Models.build(
                ModelSpec.mlp(4),
                NormSpec.of(NormVariant.BN_GAMMA).withGammaInit("normal"),
                1,
                2,
                2,
                2));
    assertThrows(
        IllegalArgumentException.class,
        () -> Models.build(ModelSpec.of("resnet").withShortcut("C"), NormSpec.NONE, 3, 32, 32, 10));
  }
}
