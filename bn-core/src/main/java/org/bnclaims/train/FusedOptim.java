package org.bnclaims.train;

import ai.djl.ndarray.NDManager;
import ai.djl.pytorch.engine.PtSymbolBlock;
import ai.djl.pytorch.jni.IValue;
import ai.djl.pytorch.jni.IValueUtils;

/**
 * ATen's fused optimizer kernels as one TorchScript module per JVM: {@code sgd} and {@code adam}
 * each update a whole list of parameters in one pass over their storage, exactly as {@code
 * torch.optim.SGD(fused=True)} and {@code torch.optim.Adam(fused=True)} do. Each reads the
 * gradients from the step's autograd leaves ({@link StepLeaves}); a parameter whose leaf has no
 * gradient (it took no part in the forward pass) is left as it is, with its optimizer state.
 *
 * <p>The module holds no tensors and its methods only touch their arguments, so one instance serves
 * every worker thread; it lives as long as the JVM.
 */
final class FusedOptim {

  private static final String METHODS =
      """
        def sgd(self: __torch__.Module0, params: List[Tensor], leaves: List[Tensor], \
      bufs: List[Tensor], lr: float, wd: float, momentum: float, nesterov: bool, \
      first: bool) -> int:
          ps = annotate(List[Tensor], [])
          gs = annotate(List[Tensor], [])
          bs = annotate(List[Tensor], [])
          for i in range(len(params)):
            g = leaves[i].grad
            if g is not None:
              ps.append(params[i])
              gs.append(g)
              if momentum > 0.0:
                bs.append(bufs[i])
          torch._fused_sgd_(ps, gs, bs, weight_decay=wd, momentum=momentum, lr=lr, \
      dampening=0.0, nesterov=nesterov, maximize=False, is_first_step=first)
          return len(ps)
        def adam(self: __torch__.Module0, params: List[Tensor], leaves: List[Tensor], \
      ms: List[Tensor], vs: List[Tensor], steps: List[Tensor], lr: float, b1: float, \
      b2: float, wd: float, eps: float) -> int:
          ps = annotate(List[Tensor], [])
          gs = annotate(List[Tensor], [])
          m1 = annotate(List[Tensor], [])
          v2 = annotate(List[Tensor], [])
          st = annotate(List[Tensor], [])
          for i in range(len(params)):
            g = leaves[i].grad
            if g is not None:
              ps.append(params[i])
              gs.append(g)
              m1.append(ms[i])
              v2.append(vs[i])
              st.append(steps[i])
          torch._foreach_add_(st, 1.0)
          torch._fused_adam_(ps, gs, m1, v2, annotate(List[Tensor], []), st, lr=lr, beta1=b1, \
      beta2=b2, weight_decay=wd, eps=eps, amsgrad=False, maximize=False)
          return len(ps)
      """;

  private static final class Holder {
    static final PtSymbolBlock MODULE = TorchScript.load(NDManager.newBaseManager(), METHODS);
  }

  private FusedOptim() {}

  /** Runs method {@code name} with {@code args}; returns how many parameters it updated. */
  static long run(String name, IValue... args) {
    try (IValue out = IValueUtils.runMethod(Holder.MODULE, name, args)) {
      return out.toLong();
    }
  }
}
