package org.bnclaims.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.SplittableRandom;

/**
 * Inverted dropout whose mask comes from a Java stream owned by the network, because torch's RNG is
 * global and several runs train in parallel in one JVM. Active only when training.
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
  private final Source source;

  SeededDropout(double p, Source source) {
    if (!(p >= 0 && p < 1)) {
      throw new IllegalArgumentException("dropout probability must be in [0,1), got " + p);
    }
    this.p = p;
    this.source = source;
  }

  @Override
  protected NDList forwardInternal(
      ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
    NDArray x = inputs.singletonOrThrow();
    if (!training || p == 0) {
      return inputs;
    }
    float[] mask = source.mask(Math.toIntExact(x.size()), p);
    return new NDList(x.mul(x.getManager().create(mask, x.getShape())));
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    return new Shape[] {inputShapes[0]};
  }
}
