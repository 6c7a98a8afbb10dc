package org.bnclaims.model;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * The dense layer of a seed-batched network: input {@code (N, K*in)} holds one block of {@code in}
 * features per seed, the weight {@code (K*out, in)} one {@code (out, in)} matrix per seed (stacked
 * like K {@code Linear} weights), and the output {@code (N, K*out)} one block per seed. It is K
 * matrix products in one batched call, not a block-diagonal product, so it costs what K separate
 * layers cost in arithmetic and one layer in dispatch.
 */
final class SeedLinear extends AbstractBlock {

  private final int units;
  private final int seeds;
  private final Parameter weight;
  private final Parameter bias;

  SeedLinear(int units, int seeds, boolean withBias) {
    this.units = units;
    this.seeds = seeds;
    weight =
        addParameter(Parameter.builder().setName("weight").setType(Parameter.Type.WEIGHT).build());
    bias =
        withBias
            ? addParameter(
                Parameter.builder()
                    .setName("bias")
                    .setType(Parameter.Type.BIAS)
                    .optShape(new Shape((long) units * seeds))
                    .build())
            : null;
  }

  @Override
  public void prepare(Shape[] inputShapes) {
    Shape in = inputShapes[0];
    long features = in.get(in.dimension() - 1);
    if (features % seeds != 0) {
      throw new IllegalArgumentException(
          "a " + seeds + "-seed dense layer needs K * in features, got " + in);
    }
    weight.setShape(new Shape((long) units * seeds, features / seeds));
  }

  @Override
  protected NDList forwardInternal(
      ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
    NDArray x = inputs.singletonOrThrow();
    Device d = x.getDevice();
    long n = x.getShape().get(0);
    NDArray w = ps.getValue(weight, d, training);
    long in = w.getShape().get(1);
    // (K, out, in) times (K, in, N) -> (K, out, N) -> (N, K*out). The weight enters as a view of
    // its
    // own storage and its gradient comes out in the same layout, so backward never copies the big
    // tensors (the other order, x times W^T, made the weight gradient a transposed view that
    // PyTorch copied into place every step); only the small activations are rearranged.
    NDArray xt = x.reshape(n, seeds, in).transpose(1, 2, 0);
    NDArray yt = w.reshape(seeds, units, in).batchMatMul(xt);
    NDArray y = yt.transpose(2, 0, 1).reshape(n, (long) seeds * units);
    if (bias != null) {
      y = y.add(ps.getValue(bias, d, training));
    }
    return new NDList(y);
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    return new Shape[] {new Shape(inputShapes[0].get(0), (long) units * seeds)};
  }
}
