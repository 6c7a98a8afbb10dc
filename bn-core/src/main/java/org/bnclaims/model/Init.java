package org.bnclaims.model;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.initializer.Initializer;
import java.util.List;
import java.util.SplittableRandom;

/**
 * How one parameter is initialized, drawn from a seeded Java stream (never torch's global RNG).
 *
 * @param kind the distribution
 * @param value the constant for {@link Kind#CONSTANT}
 * @param fanSource for {@link Kind#TORCH_BIAS}: the weight whose fan-in sets the bound
 */
record Init(Kind kind, double value, Parameter fanSource) {

  enum Kind {
    /** N(0, 2 / (fan_in + fan_out)): Glorot normal. */
    XAVIER_NORMAL,
    /** U(+-sqrt(6 / (fan_in + fan_out))): Glorot uniform. */
    XAVIER_UNIFORM,
    /** N(0, 2 / fan_in): He normal, fan_in mode, ReLU gain (torch kaiming_normal_ default). */
    KAIMING_NORMAL,
    /** U(+-1/sqrt(fan_in)): torch.nn.Linear/Conv2d default weight (kaiming_uniform a=sqrt 5). */
    TORCH_WEIGHT,
    /** U(+-1/sqrt(fan_in of fanSource)): torch.nn.Linear/Conv2d default bias. */
    TORCH_BIAS,
    /** U[0,1): Frankle et al.'s gamma. */
    UNIFORM01,
    CONSTANT
  }

  static final Init XAVIER_NORMAL = new Init(Kind.XAVIER_NORMAL, 0, null);
  static final Init XAVIER_UNIFORM = new Init(Kind.XAVIER_UNIFORM, 0, null);
  static final Init KAIMING_NORMAL = new Init(Kind.KAIMING_NORMAL, 0, null);
  static final Init TORCH_WEIGHT = new Init(Kind.TORCH_WEIGHT, 0, null);
  static final Init UNIFORM01 = new Init(Kind.UNIFORM01, 0, null);

  static Init constant(double v) {
    return new Init(Kind.CONSTANT, v, null);
  }

  static Init torchBias(Parameter weight) {
    return new Init(Kind.TORCH_BIAS, 0, weight);
  }

  /** A DJL initializer drawing from {@code random} when DJL initializes the parameter. */
  Initializer bind(SplittableRandom random) {
    return bind(List.of(random));
  }

  /**
   * A DJL initializer for a parameter of a seed-batched network: dimension 0 holds one block per
   * stream, and block {@code k} is drawn from {@code streams.get(k)} exactly as a one-seed network
   * draws the whole parameter (same shape, fans and draw order), so seed {@code k} of a batch
   * starts where it would start alone.
   */
  Initializer bind(List<SplittableRandom> streams) {
    int k = streams.size();
    return (manager, shape, dataType) -> {
      Shape one = perSeed(shape, k);
      int n = Math.toIntExact(one.size());
      float[] all = new float[n * k];
      for (int s = 0; s < k; s++) {
        System.arraycopy(sample(streams.get(s), one), 0, all, s * n, n);
      }
      return manager.create(all, shape).toType(dataType, false);
    };
  }

  /** The shape of one seed's block of a parameter stacked over {@code seeds} along dimension 0. */
  static Shape perSeed(Shape stacked, int seeds) {
    if (stacked.get(0) % seeds != 0) {
      throw new IllegalStateException(
          "parameter of shape " + stacked + " is not " + seeds + " stacked seed blocks");
    }
    long[] dims = stacked.getShape().clone(); // Shape hands out its own array
    dims[0] /= seeds;
    return new Shape(dims);
  }

  float[] sample(SplittableRandom random, Shape shape) {
    int n = Math.toIntExact(shape.size());
    float[] a = new float[n];
    double fanIn = fanIn(shape);
    double fanOut = fanOut(shape);
    // A bias's bound comes from its weight's fan-in, per seed block like the bias itself.
    Shape fanShape =
        kind == Kind.TORCH_BIAS
            ? perSeed(
                fanSource.getShape(), Math.toIntExact(fanSource.getShape().get(0) / shape.get(0)))
            : null;
    for (int i = 0; i < n; i++) {
      a[i] =
          (float)
              switch (kind) {
                case XAVIER_NORMAL -> random.nextGaussian() * Math.sqrt(2.0 / (fanIn + fanOut));
                case XAVIER_UNIFORM -> uniform(random, Math.sqrt(6.0 / (fanIn + fanOut)));
                case KAIMING_NORMAL -> random.nextGaussian() * Math.sqrt(2.0 / fanIn);
                case TORCH_WEIGHT -> uniform(random, 1.0 / Math.sqrt(fanIn));
                case TORCH_BIAS -> uniform(random, 1.0 / Math.sqrt(fanIn(fanShape)));
                case UNIFORM01 -> random.nextDouble();
                case CONSTANT -> value;
              };
    }
    return a;
  }

  private static double uniform(SplittableRandom random, double bound) {
    return (2 * random.nextDouble() - 1) * bound;
  }

  /** Inputs per output: shape (out, in, k...) gives in * prod(k); a vector gives its length. */
  static double fanIn(Shape s) {
    return s.dimension() < 2 ? s.get(0) : s.size() / s.get(0);
  }

  static double fanOut(Shape s) {
    return s.dimension() < 2 ? s.get(0) : s.size() / s.get(1);
  }
}
