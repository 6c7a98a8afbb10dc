package org.bnclaims.model;

import static org.junit.jupiter.api.Assertions.*;

import ai.djl.ndarray.NDArray;
import java.util.List;
import org.bnclaims.spec.ModelSpec;
import org.bnclaims.spec.NormSpec;
import org.bnclaims.spec.NormVariant;
import org.junit.jupiter.api.Test;

/** All randomness (init and dropout) comes from the run seed, never from torch's global RNG. */
class DeterminismTest {

  private static final ModelSpec NET = ModelSpec.of("allcnnc").withWidthMultiplier(0.0625);
  private static final NormSpec NORM =
      NormSpec.of(NormVariant.BN_GAMMA_BETA).withGammaInit("uniform");

  private record Run(List<float[]> params, float[] trainOut) {}

  private static Run run(long seed) {
    try (Nets n = new Nets(NET, NORM, 3, 16, 5, seed)) {
      NDArray x = n.input(2, 1);
      return new Run(n.params(), n.forward(x, true));
    }
  }

  @Test
  void sameSeedSameParametersAndOutputsOtherSeedDifferent() {
    Run a = run(42);
    Run b = run(42);
    Run c = run(43);
    assertEquals(a.params().size(), b.params().size());
    for (int i = 0; i < a.params().size(); i++) {
      assertArrayEquals(a.params().get(i), b.params().get(i), "parameter " + i);
    }
    assertArrayEquals(a.trainOut(), b.trainOut(), "train-mode output incl. dropout");
    assertFalse(java.util.Arrays.equals(a.params().get(0), c.params().get(0)));
    assertFalse(java.util.Arrays.equals(a.trainOut(), c.trainOut()));
  }

  @Test
  void initializationFollowsTheArchitectureRecipe() {
    // 3C3D conv weights are Xavier normal: std sqrt(2 / (fan_in + fan_out)); conv1 has
    // fan_in 3*25 and fan_out 64*25 (docs/architectures.md section 1), biases 0.
    try (Nets n = new Nets(ModelSpec.of("3c3d"), NormSpec.NONE, 3, 32, 10, 7)) {
      float[] w = n.net.firstLayerWeight().getArray().toFloatArray();
      double sq = 0;
      for (float v : w) {
        sq += v * v;
      }
      double std = Math.sqrt(sq / w.length);
      double expected = Math.sqrt(2.0 / (75 + 1600));
      assertEquals(expected, std, 0.03 * expected, "conv1 weight std");
      assertArrayEquals(new float[64], n.params().get(1), "conv1 bias 0");
    }
    // ResNet: Kaiming normal, std sqrt(2 / fan_in), fan_in 3*9 for the stem.
    try (Nets n = new Nets(ModelSpec.of("resnet").withDepth(1), NormSpec.NONE, 3, 8, 10, 7)) {
      float[] w = n.net.firstLayerWeight().getArray().toFloatArray();
      double sq = 0;
      for (float v : w) {
        sq += v * v;
      }
      double expected = Math.sqrt(2.0 / 27);
      assertEquals(expected, Math.sqrt(sq / w.length), 0.15 * expected, "stem std (432 draws)");
    }
  }
}
