package org.bnclaims.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.function.Consumer;

/** The ReLU block behind {@link ReluLayer}; it costs nothing beyond the ReLU while unobserved. */
final class Relu extends AbstractBlock implements ReluLayer {

  private final String name;
  private final int units;
  private volatile Consumer<NDArray> observer;

  Relu(String name, int units) {
    this.name = name;
    this.units = units;
  }

  @Override
  protected NDList forwardInternal(
      ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
    NDArray y = ai.djl.nn.Activation.relu(inputs.singletonOrThrow());
    Consumer<NDArray> o = observer;
    if (o != null) {
      o.accept(y);
    }
    return new NDList(y);
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
  public int units() {
    return units;
  }

  @Override
  public void setObserver(Consumer<NDArray> observer) {
    this.observer = observer;
  }
}
