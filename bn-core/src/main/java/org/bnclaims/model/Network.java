package org.bnclaims.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.bnclaims.norm.NormLayer;
import org.bnclaims.spec.EvalMode;
import org.bnclaims.spec.ModelSpec;
import org.bnclaims.spec.NormSpec;

/**
 * A built network: the DJL block and what training and probing need to know about it. Built by
 * {@link Models#build}; must be {@link #initialize initialized} once before use.
 *
 * <p>A network may train several seeds side by side ({@link #seeds()} = K): every layer then holds
 * one block per seed and no block reads another's values (grouped convolutions, per-seed dense
 * matrices, per-channel normalization), so each seed trains exactly as it would alone, up to the
 * order of float additions. Every parameter and buffer is K seed blocks stacked along dimension 0,
 * and activations carry the seeds as K blocks of channels (or features) in dimension 1. {@link
 * #extract} copies one seed's blocks into a one-seed network.
 *
 * <p>Parameters frozen by BN-only training ({@code NormSpec.bnOnly}) have {@code requiresGradient()
 * == false} from construction on, so no gradient is ever computed for them. Running statistics are
 * buffers, not learnable parameters: they are in {@link #buffers()}, not in {@link #groups()}, and
 * not counted by {@link #parameterCount()}.
 */
public final class Network {

  private final String arch;
  private final ModelSpec model;
  private final NormSpec norm;
  private final int seeds;
  private final int classes;
  private final Block block;
  private final Shape inputShape;
  private final List<NormLayer> norms;
  private final List<ReluLayer> relus;
  private final Map<Parameter, ParamGroup> groups;
  private final List<Parameter> buffers;
  private final Map<Parameter, Init> inits;
  private final Parameter firstWeight;
  private final List<SeededDropout.Source> dropout;
  private boolean initialized;

  Network(
      ModelSpec model,
      NormSpec norm,
      int seeds,
      int classes,
      Block block,
      Shape inputShape,
      List<NormLayer> norms,
      List<ReluLayer> relus,
      Map<Parameter, ParamGroup> groups,
      List<Parameter> buffers,
      Map<Parameter, Init> inits,
      Parameter firstWeight,
      List<SeededDropout.Source> dropout) {
    this.arch = model.arch();
    this.model = model;
    this.norm = norm;
    this.seeds = seeds;
    this.classes = classes;
    this.block = block;
    this.inputShape = inputShape;
    this.norms = List.copyOf(norms);
    this.relus = List.copyOf(relus);
    this.groups = Collections.unmodifiableMap(groups);
    this.buffers = List.copyOf(buffers);
    this.inits = inits;
    this.firstWeight = firstWeight;
    this.dropout = List.copyOf(dropout);
  }

  /** Seeds trained side by side (1 for an ordinary network). */
  public int seeds() {
    return seeds;
  }

  /**
   * Whether inputs should be laid out channels-last (NHWC memory, NCHW shape): true for
   * convolutional architectures, whose conv, pool and norm kernels run faster on it.
   */
  public boolean channelsLast() {
    return Arch.of(arch).channelsLast;
  }

  /** Output classes per seed. */
  public int classes() {
    return classes;
  }

  /** The architecture's registry name. */
  public String arch() {
    return arch;
  }

  public ModelSpec modelSpec() {
    return model;
  }

  public NormSpec normSpec() {
    return norm;
  }

  /** The DJL block; input {@code (N, C, H, W)}, output logits {@code (N, classes)}. */
  public Block block() {
    return block;
  }

  /** The input shape for one example, {@code (1, K*C, H, W)} with K = {@link #seeds()}. */
  public Shape inputShape() {
    return inputShape;
  }

  /** Normalization layers in forward order. */
  public List<NormLayer> normLayers() {
    return norms;
  }

  /** The ReLU layers in forward order, for instruments that observe their outputs. */
  public List<ReluLayer> reluLayers() {
    return relus;
  }

  /** Every learnable parameter with its group, in construction (forward) order. */
  public Map<Parameter, ParamGroup> groups() {
    return groups;
  }

  /**
   * The group of {@code p}.
   *
   * @throws IllegalArgumentException if {@code p} is not a learnable parameter of this network
   */
  public ParamGroup group(Parameter p) {
    ParamGroup g = groups.get(p);
    if (g == null) {
      throw new IllegalArgumentException(
          "parameter " + p.getName() + " is not a learnable parameter of this " + arch);
    }
    return g;
  }

  /** Running statistics of the BatchNorm layers. */
  public List<Parameter> buffers() {
    return buffers;
  }

  /** The first layer's weight, for weight images. */
  public Parameter firstLayerWeight() {
    return firstWeight;
  }

  /** Number of learnable values (all groups; running statistics excluded). */
  public long parameterCount() {
    long n = 0;
    for (Parameter p : groups.keySet()) {
      n += p.getShape().size();
    }
    return n;
  }

  /**
   * Creates every parameter on {@code manager} from streams derived from {@code seed}, and reseeds
   * the dropout stream. The draw order is DJL's block traversal order, so the same seed gives
   * identical parameters.
   *
   * @throws IllegalStateException when called a second time
   */
  public void initialize(NDManager manager, long seed) {
    initialize(manager, new long[] {seed});
  }

  /**
   * Initializes a network of {@code seeds.length} seeds: seed {@code k}'s blocks and dropout stream
   * come from {@code seeds[k]} exactly as {@link #initialize(NDManager, long)} draws them for a
   * one-seed network.
   *
   * @throws IllegalArgumentException if the number of seeds is not {@link #seeds()}
   * @throws IllegalStateException when called a second time
   */
  public synchronized void initialize(NDManager manager, long[] seedValues) {
    if (initialized) {
      throw new IllegalStateException(arch + " network is already initialized");
    }
    if (seedValues.length != seeds) {
      throw new IllegalArgumentException(
          arch + " network trains " + seeds + " seeds, got " + seedValues.length + " seed values");
    }
    List<SplittableRandom> params = new ArrayList<>(seeds);
    for (int k = 0; k < seeds; k++) {
      SplittableRandom root = new SplittableRandom(seedValues[k]);
      params.add(root.split());
      dropout.get(k).reseed(root.nextLong());
    }
    for (Map.Entry<Parameter, Init> e : inits.entrySet()) {
      e.getKey().setInitializer(e.getValue().bind(params));
    }
    block.initialize(manager, DataType.FLOAT32, inputShape);
    initialized = true;
  }

  /**
   * A one-seed network holding a copy of seed {@code k}'s parameters and running statistics, on
   * {@code manager}: what the seed would be had it trained alone. Probes and a diverged seed's last
   * evaluation run on it while the batch trains on.
   */
  public Network extract(int k, NDManager manager) {
    if (k < 0 || k >= seeds) {
      throw new IllegalArgumentException("seed index " + k + " outside 0.." + (seeds - 1));
    }
    Network one =
        Models.build(
            model,
            norm,
            Math.toIntExact(inputShape.get(1) / seeds),
            Math.toIntExact(inputShape.get(2)),
            Math.toIntExact(inputShape.get(3)),
            classes);
    one.initialize(manager, 0L);
    copyBlock(List.copyOf(groups.keySet()), List.copyOf(one.groups.keySet()), k);
    copyBlock(buffers, one.buffers, k);
    return one;
  }

  private void copyBlock(List<Parameter> from, List<Parameter> to, int k) {
    for (int i = 0; i < from.size(); i++) {
      NDArray all = from.get(i).getArray();
      long n = all.getShape().get(0) / seeds;
      try (NDArray block = all.get(new NDIndex("{}:{}", k * n, (k + 1) * n))) {
        to.get(i).getArray().set(block.toFloatArray());
      }
    }
  }

  /** Restarts the dropout mask stream of a one-seed network. */
  public void reseedDropout(long seed) {
    if (seeds != 1) {
      throw new IllegalStateException("reseedDropout is for one-seed networks");
    }
    dropout.get(0).reseed(seed);
  }

  /** Selects running or batch statistics for inference in every BatchNorm layer. */
  public void setEvalMode(EvalMode mode) {
    for (NormLayer n : norms) {
      n.setEvalMode(mode);
    }
  }

  /** Convenience forward pass of one batch; returns the logits. */
  public NDArray forward(ParameterStore store, NDArray input, boolean training) {
    return block.forward(store, new NDList(input), training).singletonOrThrow();
  }
}
