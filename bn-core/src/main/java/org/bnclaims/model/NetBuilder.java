package org.bnclaims.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.pooling.Pool;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bnclaims.norm.NormLayer;
import org.bnclaims.norm.Norms;
import org.bnclaims.spec.GammaInit;
import org.bnclaims.spec.ModelSpec;
import org.bnclaims.spec.NormSpec;
import org.bnclaims.spec.NormVariant;

/**
 * Collects what an architecture builds (layers, normalization layers, ReLU layers, parameter groups
 * and initializations) so each architecture is a short list of {@link #conv}/{@link #dense}/{@link
 * #relu} calls.
 */
final class NetBuilder {

  final ModelSpec model;
  final NormSpec norm;
  final int classes;

  /** Seeds trained side by side: every layer holds one block per seed (see {@link Network}). */
  final int seeds;

  private final List<NormLayer> norms = new ArrayList<>();
  private final List<ReluLayer> relus = new ArrayList<>();
  private final Map<Parameter, ParamGroup> groups = new LinkedHashMap<>();
  private final List<Parameter> buffers = new ArrayList<>();
  private final Map<Parameter, Init> inits = new IdentityHashMap<>();
  private final List<SeededDropout.Source> dropout = new ArrayList<>();
  private Parameter firstWeight;

  NetBuilder(ModelSpec model, NormSpec norm, int classes, int seeds) {
    if (seeds < 1) {
      throw new IllegalArgumentException("a network trains at least one seed, got " + seeds);
    }
    if (!(model.widthMultiplier() > 0)) {
      throw new IllegalArgumentException(
          "ModelSpec.widthMultiplier must be > 0, got " + model.widthMultiplier());
    }
    this.model = model;
    this.norm = norm;
    this.classes = classes;
    this.seeds = seeds;
    for (int k = 0; k < seeds; k++) {
      dropout.add(new SeededDropout.Source());
    }
  }

  /** {@code base} channels or features scaled by the width multiplier (at least 1). */
  int width(int base) {
    return Math.max(1, (int) Math.round(base * model.widthMultiplier()));
  }

  /** Whether normalizable layer {@code i} of {@code hiddenCount} gets a normalization layer. */
  boolean normAt(int i, int hiddenCount) {
    return norm.variant() != NormVariant.NONE && norm.placement().applies(i, hiddenCount);
  }

  /**
   * A convolution, followed by a normalization layer when {@code withNorm} (then without bias).
   * Returns the layer and, if present, its normalization, without activation. With several seeds it
   * is a grouped convolution, one group per seed, so no seed sees another's channels.
   */
  Block conv(
      String name,
      int out,
      int kernel,
      int stride,
      int pad,
      boolean withNorm,
      Init weightInit,
      Init biasInit,
      boolean output) {
    boolean bias = !withNorm && (!output || model.outputBias());
    Conv2d c =
        Conv2d.builder()
            .setFilters(out * seeds)
            .setKernelShape(new Shape(kernel, kernel))
            .optStride(new Shape(stride, stride))
            .optPadding(new Shape(pad, pad))
            .optGroups(seeds)
            .optBias(bias)
            .build();
    return layer(name, c, out, withNorm, weightInit, biasInit, output);
  }

  /**
   * A dense layer, followed by a normalization layer when {@code withNorm} (then without bias);
   * with several seeds a {@link SeedLinear}, one weight matrix per seed.
   */
  Block dense(
      String name, int out, boolean withNorm, Init weightInit, Init biasInit, boolean output) {
    boolean bias = !withNorm && (!output || model.outputBias());
    Block l =
        seeds == 1
            ? Linear.builder().setUnits(out).optBias(bias).build()
            : new SeedLinear(out, seeds, bias);
    return layer(name, l, out, withNorm, weightInit, biasInit, output);
  }

  private Block layer(
      String name,
      Block layer,
      int out,
      boolean withNorm,
      Init weightInit,
      Init biasInit,
      boolean output) {
    Parameter w = layer.getDirectParameters().get("weight");
    register(w, output ? ParamGroup.OUTPUT_WEIGHT : ParamGroup.WEIGHT, weightInit);
    if (firstWeight == null) {
      firstWeight = w;
    }
    Parameter b = layer.getDirectParameters().get("bias");
    if (b != null) {
      Init bi = biasInit.kind() == Init.Kind.TORCH_BIAS ? Init.torchBias(w) : biasInit;
      register(b, output ? ParamGroup.OUTPUT_BIAS : ParamGroup.BIAS, bi);
    }
    if (!withNorm) {
      return layer;
    }
    NormLayer n = Norms.create(norm, name + ".norm", out, seeds);
    norms.add(n);
    n.gamma()
        .ifPresent(
            g ->
                register(
                    g,
                    ParamGroup.NORM_GAMMA,
                    norm.gammaInit() == GammaInit.UNIFORM ? Init.UNIFORM01 : Init.constant(1)));
    n.beta().ifPresent(bt -> register(bt, ParamGroup.NORM_BETA, Init.constant(0)));
    for (Parameter p : n.block().getDirectParameters().values()) {
      if (!groups.containsKey(p)) {
        buffers.add(p);
      }
    }
    return new SequentialBlock().add(layer).add(n.block());
  }

  private void register(Parameter p, ParamGroup g, Init init) {
    groups.put(p, g);
    inits.put(p, init);
    boolean frozen = norm.bnOnly() && !g.isNorm() && (!g.isOutput() || !norm.outputTrainable());
    if (frozen) {
      p.freeze(true);
    }
  }

  /** A ReLU over {@code units} features or channels (per seed), which probes can observe. */
  Block relu(String name, int units) {
    Relu r = new Relu(name, units * seeds);
    relus.add(r);
    return r;
  }

  /** Dropout with probability {@code p} from the network's stream, or nothing when disabled. */
  void dropout(SequentialBlock seq, double p) {
    if (model.dropout()) {
      seq.add(new SeededDropout(p, dropout));
    }
  }

  /** Flattens {@code (N, ...)} to {@code (N, features)} in C,H,W order. */
  static Block flatten() {
    return LambdaBlock.singleton(x -> x.reshape(x.getShape().get(0), -1), "flatten");
  }

  /** Mean over the spatial positions: {@code (N, C, H, W)} to {@code (N, C)}. */
  static Block globalAvgPool() {
    return LambdaBlock.singleton(
        x -> x.reshape(x.getShape().get(0), x.getShape().get(1), -1).mean(new int[] {2}),
        "globalAvgPool");
  }

  /**
   * TensorFlow SAME padding for a {@code kernel}/{@code stride} window, as DeepOBS emulates it:
   * zero pad total = max((ceil(in/s) - 1) * s + k - in, 0), floor half top/left, rest bottom/right.
   */
  static Block tfSamePad(int kernel, int stride) {
    return LambdaBlock.singleton(x -> padTfSame(x, kernel, stride), "tfSamePad");
  }

  private static NDArray padTfSame(NDArray x, int kernel, int stride) {
    long h = x.getShape().get(2);
    long w = x.getShape().get(3);
    long th = Math.max((ceilDiv(h, stride) - 1) * stride + kernel - h, 0);
    long tw = Math.max((ceilDiv(w, stride) - 1) * stride + kernel - w, 0);
    if (th == 0 && tw == 0) {
      return x;
    }
    // torch pad order: last dimension first (left, right, top, bottom).
    return x.pad(new Shape(tw / 2, tw - tw / 2, th / 2, th - th / 2), 0);
  }

  /**
   * DeepOBS max pool: 3x3, stride 2, TF-SAME (zero) padding.
   *
   * <p>Where TF-SAME pads one zero row/column at the bottom/right only (every even input size),
   * this is a {@code ceil_mode} pool: the last window then covers the border plus the input's last
   * pixels, and since the pool always follows a ReLU its inputs are non-negative, so max with the
   * zero pad equals max without it. That saves a padded copy in the forward and backward pass
   * (about 40% of the pool's time, measured on 128x64x28x28). Other sizes are padded explicitly.
   */
  static Block tfSameMaxPool() {
    Shape kernel = new Shape(3, 3);
    Shape stride = new Shape(2, 2);
    Shape none = new Shape(0, 0);
    return LambdaBlock.singleton(
        x -> {
          long h = x.getShape().get(2);
          long w = x.getShape().get(3);
          if (h % 2 == 0 && w % 2 == 0) {
            return Pool.maxPool2d(x, kernel, stride, none, true);
          }
          return Pool.maxPool2d(padTfSame(x, 3, 2), kernel, stride, none, false);
        },
        "maxPool3s2");
  }

  private static long ceilDiv(long a, long b) {
    return (a + b - 1) / b;
  }

  static NDArray identity(NDArray x) {
    return x;
  }

  Network finish(Block root, int channels, int height, int width) {
    if (firstWeight == null) {
      throw new IllegalStateException(model.arch() + " built no layer");
    }
    return new Network(
        model,
        norm,
        seeds,
        classes,
        root,
        new Shape(1, channels * seeds, height, width),
        norms,
        relus,
        groups,
        buffers,
        inits,
        firstWeight,
        dropout);
  }
}
