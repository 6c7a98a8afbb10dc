package org.bnclaims.train;

/**
 * Cross-entropy and accuracy computed in Java from a batch of logits, in double precision.
 *
 * <p>The logits are copied to Java once per batch anyway (one small transfer), so the reported loss
 * and accuracy cost no extra native ops, and a non-finite loss is seen at the step it occurs. A row
 * with a non-finite logit predicts class 0, so a diverged network scores what it scores.
 */
final class Logits {

  private Logits() {}

  /** Adds this batch's summed loss and correct count to {@code acc[0]} and {@code acc[1]}. */
  static void accumulate(float[] logits, float[] labels, int count, int classes, double[] acc) {
    accumulate(logits, classes, 0, labels, count, classes, acc);
  }

  /**
   * The same for one seed of a seed-batched network: example {@code i}'s logits start at {@code i *
   * rowStride + offset} (row stride K * classes, offset k * classes).
   */
  static void accumulate(
      float[] logits,
      int rowStride,
      int offset,
      float[] labels,
      int count,
      int classes,
      double[] acc) {
    double loss = 0;
    int correct = 0;
    for (int i = 0; i < count; i++) {
      int off = i * rowStride + offset;
      int best = 0;
      float max = Float.NEGATIVE_INFINITY;
      for (int k = 0; k < classes; k++) {
        float v = logits[off + k];
        if (v > max) {
          max = v;
          best = k;
        }
      }
      double sum = 0;
      for (int k = 0; k < classes; k++) {
        sum += Math.exp(logits[off + k] - max);
      }
      int y = (int) labels[i];
      loss += Math.log(sum) + max - logits[off + y];
      if (best == y) {
        correct++;
      }
    }
    acc[0] += loss;
    acc[1] += correct;
  }
}
