package org.bnclaims.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.bnclaims.spec.ModelSpec;
import org.bnclaims.spec.NormSpec;

/** Test helpers: a built, initialized network with its manager, and seeded inputs. */
final class Nets implements AutoCloseable {

  final NDManager manager = NDManager.newBaseManager();
  final ParameterStore store = new ParameterStore(manager, false);
  final Network net;

  Nets(ModelSpec model, NormSpec norm, int channels, int size, int classes, long seed) {
    net = Models.build(model, norm, channels, size, size, classes);
    net.initialize(manager, seed);
  }

  NDArray input(int batch, long seed) {
    Shape s = net.inputShape();
    int n = (int) (batch * s.size());
    float[] x = new float[n];
    SplittableRandom r = new SplittableRandom(seed);
    for (int i = 0; i < n; i++) {
      x[i] = (float) r.nextGaussian();
    }
    return manager.create(x, new Shape(batch, s.get(1), s.get(2), s.get(3)));
  }

  float[] forward(NDArray x, boolean training) {
    return net.forward(store, x, training).toFloatArray();
  }

  /** Every learnable parameter's values, in group order, concatenated. */
  List<float[]> params() {
    List<float[]> out = new ArrayList<>();
    for (Parameter p : net.groups().keySet()) {
      out.add(p.getArray().toFloatArray());
    }
    return out;
  }

  @Override
  public void close() {
    manager.close();
  }
}
