package org.bnclaims.norm;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.Initializer;
import ai.djl.util.PairList;
import java.util.Optional;
import org.bnclaims.spec.EvalMode;
import org.bnclaims.spec.NormVariant;

/**
 * GroupNorm with a per-channel affine transform: each example's channels are split into {@code
 * groups} groups, each normalized over its channels and positions with the biased variance.
 * LayerNorm is the one-group case (for dense input: over the example's features), as in
 * torch.nn.GroupNorm(1, C). Uses no batch statistics, so it behaves the same in training and
 * inference.
 */
final class GroupNormBlock extends AbstractBlock implements NormLayer {

  private final String name;
  private final NormVariant variant;
  private final int channels;
  private final int groups;
  private final float epsilon;
  private final Parameter gamma;
  private final Parameter beta;

  GroupNormBlock(String name, NormVariant variant, int channels, int groups, float epsilon) {
    this.name = name;
    this.variant = variant;
    this.channels = channels;
    this.groups = groups;
    this.epsilon = epsilon;
    Shape s = new Shape(channels);
    gamma =
        addParameter(AblatableBatchNorm.param("gamma", Parameter.Type.GAMMA, s, Initializer.ONES));
    beta =
        addParameter(AblatableBatchNorm.param("beta", Parameter.Type.BETA, s, Initializer.ZEROS));
  }

  @Override
  protected NDList forwardInternal(
      ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
    NDArray x = inputs.singletonOrThrow();
    Shape shape = x.getShape();
    if (shape.dimension() < 2 || shape.get(1) != channels) {
      throw new IllegalArgumentException(
          "norm layer " + name + ": expected " + channels + " channels, got " + shape);
    }
    Device d = x.getDevice();
    NDArray grouped = x.reshape(shape.get(0), groups, -1);
    NDArray mean = grouped.mean(new int[] {2}, true);
    NDArray centered = grouped.sub(mean);
    NDArray var = centered.square().mean(new int[] {2}, true);
    NDArray normalized = centered.div(var.add(epsilon).sqrt()).reshape(shape);
    long[] affine = new long[shape.dimension()];
    java.util.Arrays.fill(affine, 1);
    affine[1] = channels;
    Shape affineShape = new Shape(affine);
    NDArray g = ps.getValue(gamma, d, training).reshape(affineShape);
    NDArray b = ps.getValue(beta, d, training).reshape(affineShape);
    return new NDList(normalized.mul(g).add(b));
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    return new Shape[] {inputShapes[0]};
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public NormVariant variant() {
    return variant;
  }

  @Override
  public int channels() {
    return channels;
  }

  /** Number of channel groups (1 for LayerNorm). */
  int groups() {
    return groups;
  }

  @Override
  public Block block() {
    return this;
  }

  @Override
  public Optional<Parameter> gamma() {
    return Optional.of(gamma);
  }

  @Override
  public Optional<Parameter> beta() {
    return Optional.of(beta);
  }

  @Override
  public float[] gammaValues() {
    return gamma.getArray().toFloatArray();
  }

  @Override
  public float[] betaValues() {
    return beta.getArray().toFloatArray();
  }

  @Override
  public void setEvalMode(EvalMode mode) {
    // No running statistics: training and inference normalize alike.
  }
}
