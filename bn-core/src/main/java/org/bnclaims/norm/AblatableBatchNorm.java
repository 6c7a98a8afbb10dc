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
import java.util.Arrays;
import java.util.Optional;
import org.bnclaims.spec.EvalMode;
import org.bnclaims.spec.NormVariant;

/**
 * BatchNorm over dimension 1 of {@code (N, C)} or {@code (N, C, H, W)} input whose gamma and beta
 * exist as parameters only when the variant trains them.
 *
 * <p>Uses torch's fused {@code batch_norm} (through {@code NDArrayEx.batchNorm} with axis -1, the
 * engine's direct path; torch normalizes dimension 1). A fixed gamma or beta is passed as a
 * constant ones/zeros array that is not a parameter, so it cannot change. Running statistics follow
 * DJL's momentum convention, {@code running = m * running + (1 - m) * batch}, and, as in PyTorch,
 * the running variance is updated with the <em>unbiased</em> batch variance while the batch itself
 * is normalized with the biased one. With {@link EvalMode#BATCH}, inference normalizes each batch
 * with its own statistics and leaves the running statistics untouched.
 */
final class AblatableBatchNorm extends AbstractBlock implements NormLayer {

  private final String name;
  private final NormVariant variant;
  private final int channels;
  private final float epsilon;
  private final float momentum;
  private final Parameter gamma;
  private final Parameter beta;
  private final Parameter runningMean;
  private final Parameter runningVar;
  private volatile EvalMode evalMode = EvalMode.RUNNING;
  private NDArray fixedOnes;
  private NDArray fixedZeros;

  AblatableBatchNorm(
      String name, NormVariant variant, int channels, float epsilon, float momentum) {
    this.name = name;
    this.variant = variant;
    this.channels = channels;
    this.epsilon = epsilon;
    this.momentum = momentum;
    Shape s = new Shape(channels);
    gamma =
        variant.trainsGamma()
            ? addParameter(param("gamma", Parameter.Type.GAMMA, s, Initializer.ONES))
            : null;
    beta =
        variant.trainsBeta()
            ? addParameter(param("beta", Parameter.Type.BETA, s, Initializer.ZEROS))
            : null;
    runningMean =
        addParameter(param("runningMean", Parameter.Type.RUNNING_MEAN, s, Initializer.ZEROS));
    runningVar = addParameter(param("runningVar", Parameter.Type.RUNNING_VAR, s, Initializer.ONES));
  }

  static Parameter param(String name, Parameter.Type type, Shape shape, Initializer init) {
    return Parameter.builder()
        .setName(name)
        .setType(type)
        .optShape(shape)
        .optInitializer(init)
        .optRequiresGrad(type == Parameter.Type.GAMMA || type == Parameter.Type.BETA)
        .build();
  }

  @Override
  protected NDList forwardInternal(
      ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
    NDArray x = inputs.singletonOrThrow();
    if (x.getShape().dimension() < 2 || x.getShape().get(1) != channels) {
      throw new IllegalArgumentException(
          "norm layer " + name + ": expected " + channels + " channels, got " + x.getShape());
    }
    Device d = x.getDevice();
    NDArray mean = ps.getValue(runningMean, d, training);
    NDArray var = ps.getValue(runningVar, d, training);
    NDArray g = gamma != null ? ps.getValue(gamma, d, training) : ones(mean);
    NDArray b = beta != null ? ps.getValue(beta, d, training) : zeros(mean);
    if (training) {
      return x.getNDArrayInternal().batchNorm(x, mean, var, g, b, -1, momentum, epsilon, true);
    }
    if (evalMode == EvalMode.RUNNING) {
      return x.getNDArrayInternal().batchNorm(x, mean, var, g, b, -1, momentum, epsilon, false);
    }
    // Batch statistics at inference: torch updates whatever running buffers it is given, so it
    // gets throw-away ones attached to this call's manager.
    NDArray scratchMean = x.getManager().zeros(mean.getShape());
    NDArray scratchVar = x.getManager().ones(var.getShape());
    return x.getNDArrayInternal()
        .batchNorm(x, scratchMean, scratchVar, g, b, -1, momentum, epsilon, true);
  }

  private synchronized NDArray ones(NDArray like) {
    if (fixedOnes == null) {
      fixedOnes = like.getManager().ones(like.getShape());
    }
    return fixedOnes;
  }

  private synchronized NDArray zeros(NDArray like) {
    if (fixedZeros == null) {
      fixedZeros = like.getManager().zeros(like.getShape());
    }
    return fixedZeros;
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

  @Override
  public Block block() {
    return this;
  }

  @Override
  public Optional<Parameter> gamma() {
    return Optional.ofNullable(gamma);
  }

  @Override
  public Optional<Parameter> beta() {
    return Optional.ofNullable(beta);
  }

  @Override
  public float[] gammaValues() {
    return values(gamma, 1f);
  }

  @Override
  public float[] betaValues() {
    return values(beta, 0f);
  }

  /** Current running mean (for tests and probes). */
  float[] runningMeanValues() {
    return runningMean.getArray().toFloatArray();
  }

  /** Current running variance (for tests and probes). */
  float[] runningVarValues() {
    return runningVar.getArray().toFloatArray();
  }

  private float[] values(Parameter p, float fixed) {
    if (p == null) {
      float[] a = new float[channels];
      Arrays.fill(a, fixed);
      return a;
    }
    return p.getArray().toFloatArray();
  }

  @Override
  public void setEvalMode(EvalMode mode) {
    evalMode = mode;
  }

  @Override
  public String toString() {
    return "AblatableBatchNorm(" + name + ", " + variant + ", " + channels + ")";
  }
}
