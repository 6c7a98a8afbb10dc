package org.bnclaims.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Inverted dropout whose mask comes from a Java stream owned by the network, because torch's RNG is
 * global and several runs train in parallel in one JVM. Active only when training.
 *
 * <p>In a seed-batched network dimension 1 holds one block per seed, and each seed's block takes
 * its mask from that seed's own stream, drawn in the order a one-seed network draws it ({@code n,
 * c, ...}), so a seed drops the same units whether it trains alone or in a batch.
 */
final class SeededDropout extends AbstractBlock {

  /** The network's dropout stream, reseeded by {@link Network#initialize}. */
  static final class Source {
    private SplittableRandom random = new SplittableRandom(0);

    synchronized void reseed(long seed) {
      random = new SplittableRandom(seed);
    }

    synchronized float[] mask(int size, double p) {
      float keep = (float) (1.0 / (1.0 - p));
      float[] m = new float[size];
      for (int i = 0; i < size; i++) {
        m[i] = random.nextDouble() < p ? 0f : keep;
      }
      return m;
    }
  }

  private final double p;
  private final List<Source> sources;

  SeededDropout(double p, List<Source> sources) {
    if (!(p >= 0 && p < 1)) {
      throw new IllegalArgumentException("dropout probability must be in [0,1), got " + p);
    }
    this.p = p;
    this.sources = List.copyOf(sources);
  }

  @Override
  protected NDList forwardInternal(
      ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
    NDArray x = inputs.singletonOrThrow();
    if (!training || p == 0) {
      return inputs;
    }
    int size = Math.toIntExact(x.size());
    int k = sources.size();
    float[] mask;
    if (k == 1) {
      mask = sources.get(0).mask(size, p);
    } else {
      // Logical (n, k * block + j) with j running over one seed's (c, ...) in order.
      int n = Math.toIntExact(x.getShape().get(0));
      int block = size / n / k;
      mask = new float[size];
      for (int s = 0; s < k; s++) {
        float[] m = sources.get(s).mask(n * block, p);
        for (int i = 0; i < n; i++) {
          System.arraycopy(m, i * block, mask, (i * k + s) * block, block);
        }
      }
    }
    return new NDList(x.mul(x.getManager().create(mask, x.getShape())));
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    return new Shape[] {inputShapes[0]};
  }
}
