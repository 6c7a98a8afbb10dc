package org.bnclaims.train;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The parameter store of a training step: during a step every trainable parameter enters the
 * forward pass as a fresh autograd leaf that aliases its storage (a detached view, no copy), and
 * the step's sub-manager closes the leaves and their gradients when the step ends.
 *
 * <p>Why: a leaf that already has a gradient makes PyTorch add the new gradient into it (read,
 * read, write) and the optimizer then has to zero it (write); a fresh leaf simply takes the
 * gradient that backward computed. For a 784x512 layer at batch 8, where a step is bound by memory
 * traffic over the weights, that is 4 of its 11 passes over the weight matrix. Outside a step
 * (evaluation, probes) the store hands out the parameters' own arrays, which see every update
 * because the leaves share their storage.
 */
final class StepLeaves extends ParameterStore {

  private final Map<Parameter, NDArray> leaves = new IdentityHashMap<>();
  private NDManager scope;

  StepLeaves(NDManager manager) {
    super(manager, false);
  }

  /** Starts a step whose leaves belong to (and close with) {@code stepManager}. */
  void begin(NDManager stepManager) {
    leaves.clear();
    scope = stepManager;
  }

  /** Ends the step; the parameters' own arrays are handed out again. */
  void end() {
    leaves.clear();
    scope = null;
  }

  @Override
  public NDArray getValue(Parameter parameter, Device device, boolean training) {
    if (parameter == null) {
      return null; // DJL's blocks ask for an absent bias this way
    }
    NDArray array = parameter.getArray();
    if (scope == null || !training || !parameter.requiresGradient()) {
      return array;
    }
    return leaves.computeIfAbsent(
        parameter,
        p -> {
          NDArray leaf = array.stopGradient();
          leaf.attach(scope);
          leaf.setRequiresGradient(true);
          return leaf;
        });
  }

  /**
   * The leaf {@code parameter} had in this step's forward pass, or its own array when it had none
   * (whose gradient is then absent, so the optimizer leaves it alone).
   */
  NDArray leafOrArray(Parameter parameter) {
    NDArray leaf = leaves.get(parameter);
    return leaf == null ? parameter.getArray() : leaf;
  }

  /**
   * The gradient backward left in {@code parameter}'s leaf this step, owned by the step's manager,
   * or null when the parameter took no part in the forward pass.
   */
  NDArray gradient(Parameter parameter) {
    NDArray leaf = leaves.get(parameter);
    return leaf == null ? null : leaf.getGradient();
  }
}
