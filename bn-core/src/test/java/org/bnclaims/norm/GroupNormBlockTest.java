package org.bnclaims.norm;

import static org.junit.jupiter.api.Assertions.*;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import java.util.SplittableRandom;
import org.bnclaims.spec.NormSpec;
import org.bnclaims.spec.NormVariant;
import org.junit.jupiter.api.Test;

/** Checks GroupNorm/LayerNorm against a plain-Java computation from the definition. */
class GroupNormBlockTest {

  /**
   * Per example and group: mean and biased variance over the group's channels and positions, then
   * the per-channel affine transform (Wu and He 2018, eq. 1-3).
   */
  private static float[] reference(
      float[] x, int n, int c, int s, int groups, float[] gamma, float[] beta, double eps) {
    float[] y = new float[x.length];
    int per = c / groups;
    for (int i = 0; i < n; i++) {
      for (int g = 0; g < groups; g++) {
        double sum = 0;
        double sq = 0;
        for (int j = g * per; j < (g + 1) * per; j++) {
          for (int k = 0; k < s; k++) {
            sum += x[(i * c + j) * s + k];
          }
        }
        double mean = sum / (per * s);
        for (int j = g * per; j < (g + 1) * per; j++) {
          for (int k = 0; k < s; k++) {
            double d = x[(i * c + j) * s + k] - mean;
            sq += d * d;
          }
        }
        double var = sq / (per * s);
        for (int j = g * per; j < (g + 1) * per; j++) {
          for (int k = 0; k < s; k++) {
            int at = (i * c + j) * s + k;
            y[at] = (float) (gamma[j] * (x[at] - mean) / Math.sqrt(var + eps) + beta[j]);
          }
        }
      }
    }
    return y;
  }

  private static float[] run(NormSpec spec, int n, int c, int s, Shape shape, float[] x) {
    try (NDManager m = NDManager.newBaseManager()) {
      NormLayer layer = Norms.create(spec, "gn", c);
      layer.block().initialize(m, DataType.FLOAT32, shape);
      float[] gamma = new float[c];
      float[] beta = new float[c];
      for (int j = 0; j < c; j++) {
        gamma[j] = 0.5f + j;
        beta[j] = 0.1f * j - 0.2f;
      }
      layer.gamma().orElseThrow().getArray().set(gamma);
      layer.beta().orElseThrow().getArray().set(beta);
      float[] y =
          layer
              .block()
              .forward(new ParameterStore(m, false), new NDList(m.create(x, shape)), true)
              .singletonOrThrow()
              .toFloatArray();
      int groups = spec.variant() == NormVariant.LAYER_NORM ? 1 : spec.groups();
      float[] expected = reference(x, n, c, s, groups, gamma, beta, spec.epsilon());
      for (int i = 0; i < x.length; i++) {
        assertEquals(expected[i], y[i], 1e-4, "y" + i);
      }
      return y;
    }
  }

  private static float[] data(int size) {
    SplittableRandom r = new SplittableRandom(7);
    float[] x = new float[size];
    for (int i = 0; i < size; i++) {
      x[i] = (float) (2 * r.nextGaussian() - 1);
    }
    return x;
  }

  @Test
  void groupNormMatchesReferenceAndGroupsMatter() {
    float[] x = data(32);
    Shape shape = new Shape(2, 4, 2, 2);
    float[] two = run(NormSpec.of(NormVariant.GROUP_NORM).withGroups(2), 2, 4, 4, shape, x);
    float[] four = run(NormSpec.of(NormVariant.GROUP_NORM).withGroups(4), 2, 4, 4, shape, x);
    assertFalse(java.util.Arrays.equals(two, four), "groups must change the output");
  }

  @Test
  void layerNormOnDenseInputMatchesReference() {
    run(NormSpec.of(NormVariant.LAYER_NORM), 4, 3, 1, new Shape(4, 3), data(12));
  }

  @Test
  void groupsMustDivideChannels() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Norms.create(NormSpec.of(NormVariant.GROUP_NORM).withGroups(3), "gn", 4));
    assertTrue(e.getMessage().contains("divisible"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Norms.create(NormSpec.NONE, "none", 4));
  }
}
