package org.bnclaims.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.bnclaims.norm.NormLayer;
import org.bnclaims.probe.LayerActivity;
import org.bnclaims.spec.EvalMode;
import org.bnclaims.spec.ModelSpec;
import org.bnclaims.spec.NormSpec;

/**
 * A built network: the DJL block and what training and probing need to know about it. Built by
 * {@link Models#build}; must be {@link #initialize initialized} once before use.
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
  private final Block block;
  private final Shape inputShape;
  private final List<NormLayer> norms;
  private final List<ActivationTap> taps;
  private final Map<Parameter, ParamGroup> groups;
  private final List<Parameter> buffers;
  private final Map<Parameter, Init> inits;
  private final Parameter firstWeight;
  private final SeededDropout.Source dropout;
  private boolean initialized;

  Network(
      ModelSpec model,
      NormSpec norm,
      Block block,
      Shape inputShape,
      List<NormLayer> norms,
      List<ActivationTap> taps,
      Map<Parameter, ParamGroup> groups,
      List<Parameter> buffers,
      Map<Parameter, Init> inits,
      Parameter firstWeight,
      SeededDropout.Source dropout) {
    this.arch = model.arch();
    this.model = model;
    this.norm = norm;
    this.block = block;
    this.inputShape = inputShape;
    this.norms = List.copyOf(norms);
    this.taps = List.copyOf(taps);
    this.groups = Collections.unmodifiableMap(groups);
    this.buffers = List.copyOf(buffers);
    this.inits = inits;
    this.firstWeight = firstWeight;
    this.dropout = dropout;
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

  /** The input shape for one example, {@code (1, C, H, W)}. */
  public Shape inputShape() {
    return inputShape;
  }

  /** Normalization layers in forward order. */
  public List<NormLayer> normLayers() {
    return norms;
  }

  /** One tap per ReLU layer, in forward order. */
  public List<ActivationTap> taps() {
    return taps;
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
  public synchronized void initialize(NDManager manager, long seed) {
    if (initialized) {
      throw new IllegalStateException(arch + " network is already initialized");
    }
    SplittableRandom root = new SplittableRandom(seed);
    SplittableRandom params = root.split();
    dropout.reseed(root.nextLong());
    for (Map.Entry<Parameter, Init> e : inits.entrySet()) {
      e.getKey().setInitializer(e.getValue().bind(params));
    }
    block.initialize(manager, DataType.FLOAT32, inputShape);
    initialized = true;
  }

  /** Restarts the dropout mask stream (e.g. per run from the run seed). */
  public void reseedDropout(long seed) {
    dropout.reseed(seed);
  }

  /** Selects running or batch statistics for inference in every BatchNorm layer. */
  public void setEvalMode(EvalMode mode) {
    for (NormLayer n : norms) {
      n.setEvalMode(mode);
    }
  }

  /** Enables or disables counting in every activation tap. */
  public void setTapsEnabled(boolean enabled) {
    for (ActivationTap t : taps) {
      t.setEnabled(enabled);
    }
  }

  /** Clears the counts of every activation tap. */
  public void resetTaps() {
    for (ActivationTap t : taps) {
      t.reset();
    }
  }

  /** The counts of every tap, in forward order. */
  public List<LayerActivity> activity() {
    return taps.stream().map(ActivationTap::activity).toList();
  }

  /** Convenience forward pass of one batch; returns the logits. */
  public NDArray forward(ParameterStore store, NDArray input, boolean training) {
    return block.forward(store, new NDList(input), training).singletonOrThrow();
  }
}
