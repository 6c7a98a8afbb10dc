package org.bnclaims.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.IValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bnclaims.model.Network;
import org.bnclaims.model.ParamGroup;
import org.bnclaims.spec.OptimSpec;
import org.bnclaims.spec.Optimizer;

/**
 * Applies one optimizer step to every trainable parameter from the gradients of one step ({@link
 * StepLeaves}), through ATen's fused kernels ({@link FusedOptim}): the update rules of {@code
 * torch.optim.SGD} (momentum, dampening 0, Nesterov, coupled weight decay) and {@code
 * torch.optim.Adam} (coupled L2, epsilon added to the bias-corrected square root), bit for bit as
 * PyTorch's {@code fused=True} computes them, in one pass over each parameter and one call per
 * weight-decay group.
 *
 * <p>The parameter and state lists are built once and reused every step (they reference the
 * parameters' storage, which every update changes in place); only the list of the step's leaves is
 * new each step.
 */
final class Updater implements AutoCloseable {

  private final OptimSpec spec;
  private final List<Group> groups = new ArrayList<>();
  private int step;

  /** The parameters sharing one weight decay, their optimizer state, and those as lists. */
  private static final class Group implements AutoCloseable {
    final float decay;
    final List<Parameter> params = new ArrayList<>();
    final List<NDArray> state = new ArrayList<>();
    final List<IValue> lists = new ArrayList<>();

    Group(float decay) {
      this.decay = decay;
    }

    IValue list(List<NDArray> arrays) {
      IValue v = IValue.listFrom(arrays.stream().map(a -> (PtNDArray) a).toArray(PtNDArray[]::new));
      lists.add(v);
      return v;
    }

    @Override
    public void close() {
      lists.forEach(IValue::close);
      state.forEach(NDArray::close);
    }
  }

  private final Map<Group, IValue[]> constant = new LinkedHashMap<>();

  /** Hyperparameters that stay fixed for the whole run, as the fused kernels take them. */
  private final List<IValue> fixed = new ArrayList<>();

  private final IValue beta1;
  private final IValue beta2;
  private final IValue epsilon;
  private final IValue momentum;
  private final IValue nesterov;
  private final IValue noBuffers;
  private final Map<Group, IValue> decays = new LinkedHashMap<>();

  private IValue fixed(IValue v) {
    fixed.add(v);
    return v;
  }

  Updater(OptimSpec spec, Network net, NDManager manager) {
    this.spec = spec;
    beta1 = fixed(IValue.from(spec.beta1()));
    beta2 = fixed(IValue.from(spec.beta2()));
    epsilon = fixed(IValue.from(spec.adamEpsilon()));
    momentum = fixed(IValue.from(spec.momentum()));
    nesterov = fixed(IValue.from(spec.nesterov()));
    noBuffers = fixed(IValue.listFrom(new PtNDArray[0]));
    Map<Float, Group> byDecay = new LinkedHashMap<>();
    for (Map.Entry<Parameter, ParamGroup> e : net.groups().entrySet()) {
      if (e.getKey().requiresGradient()) { // frozen by BN-only training otherwise
        float d = (float) decayOf(e.getValue());
        byDecay.computeIfAbsent(d, Group::new).params.add(e.getKey());
      }
    }
    for (Group g : byDecay.values()) {
      List<NDArray> params = g.params.stream().map(Parameter::getArray).toList();
      boolean adam = spec.optimizer() == Optimizer.ADAM;
      int states = adam ? 3 : spec.momentum() > 0 ? 1 : 0;
      IValue[] lists = new IValue[1 + states];
      lists[0] = g.list(params);
      for (int s = 0; s < states; s++) {
        List<NDArray> arrays = new ArrayList<>();
        for (NDArray w : params) {
          // Adam's third state is the step count, a scalar per parameter as PyTorch keeps it.
          arrays.add(adam && s == 2 ? manager.zeros(new Shape()) : manager.zeros(w.getShape()));
        }
        g.state.addAll(arrays);
        lists[1 + s] = g.list(arrays);
      }
      groups.add(g);
      constant.put(g, lists);
      decays.put(g, fixed(IValue.from((double) g.decay)));
    }
  }

  /** Number of parameters the optimizer updates. */
  int trainableCount() {
    return groups.stream().mapToInt(g -> g.params.size()).sum();
  }

  private double decayOf(ParamGroup g) {
    if (spec.weightDecay() == 0) {
      return 0;
    }
    return switch (spec.decayOn()) {
      case ALL -> spec.weightDecay();
        // DeepOBS's rule: parameters named "weight" decay, "bias" does not; BN gamma is a weight.
      case WEIGHTS ->
          g == ParamGroup.WEIGHT || g == ParamGroup.OUTPUT_WEIGHT || g == ParamGroup.NORM_GAMMA
              ? spec.weightDecay()
              : 0;
    };
  }

  /** One step at learning rate {@code lr} from the gradients in {@code leaves}. */
  void step(double lr, StepLeaves leaves) {
    step++;
    boolean adam = spec.optimizer() == Optimizer.ADAM;
    try (IValue rate = IValue.from(lr);
        IValue first = IValue.from(step == 1)) {
      for (Group g : groups) {
        PtNDArray[] stepLeaves = new PtNDArray[g.params.size()];
        for (int i = 0; i < stepLeaves.length; i++) {
          stepLeaves[i] = (PtNDArray) leaves.leafOrArray(g.params.get(i));
        }
        IValue[] c = constant.get(g);
        IValue decay = decays.get(g);
        try (IValue leafList = IValue.listFrom(stepLeaves)) {
          if (adam) {
            FusedOptim.run(
                "adam", c[0], leafList, c[1], c[2], c[3], rate, beta1, beta2, decay, epsilon);
          } else {
            IValue buffers = spec.momentum() > 0 ? c[1] : noBuffers;
            FusedOptim.run("sgd", c[0], leafList, buffers, rate, decay, momentum, nesterov, first);
          }
        }
      }
    }
  }

  @Override
  public void close() {
    groups.forEach(Group::close);
    fixed.forEach(IValue::close);
  }
}
