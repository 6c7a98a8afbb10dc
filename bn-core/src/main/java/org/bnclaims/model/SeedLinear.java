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
    // (N, K*in) -> (K, N, in) times (K, in, out) -> (K, N, out) -> (N, K*out)
    NDArray xs = x.reshape(n, seeds, in).swapAxes(0, 1);
    NDArray wt = w.reshape(seeds, units, in).swapAxes(1, 2);
    NDArray y = xs.batchMatMul(wt).swapAxes(0, 1).reshape(n, (long) seeds * units);
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
