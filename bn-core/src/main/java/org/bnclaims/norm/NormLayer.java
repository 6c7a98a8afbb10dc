package org.bnclaims.norm;

import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import java.util.Optional;
import org.bnclaims.spec.EvalMode;
import org.bnclaims.spec.NormVariant;

/**
 * One normalization layer of a network, as seen by the model zoo and the probes: its block, its
 * trainable scale and shift (absent when the variant fixes them) and their current values.
 */
public interface NormLayer {

  /** The layer's name, unique within its network (e.g. {@code conv2.norm}). */
  String name();

  /** Which normalization this layer performs. */
  NormVariant variant();

  /** Number of normalized features or channels (the size of gamma and beta). */
  int channels();

  /** The DJL block to put into a network. */
  Block block();

  /** The trainable scale, or empty when the variant fixes gamma at 1. */
  Optional<Parameter> gamma();

  /** The trainable shift, or empty when the variant fixes beta at 0. */
  Optional<Parameter> beta();

  /** Current gamma values; all ones when the variant has no gamma. */
  float[] gammaValues();

  /** Current beta values; all zeros when the variant has no beta. */
  float[] betaValues();

  /**
   * Chooses the statistics used at inference ({@code training == false}); layers without running
   * statistics (LayerNorm, GroupNorm) ignore it.
   */
  void setEvalMode(EvalMode mode);
}
