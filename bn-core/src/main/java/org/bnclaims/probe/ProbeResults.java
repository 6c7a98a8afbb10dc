package org.bnclaims.probe;

import java.util.List;
import org.bnclaims.verdict.Picture;

/**
 * Everything the probes of one run measured; lists are empty for probes that were off.
 *
 * @param activity per ReLU layer, after the last epoch
 * @param normParams per normalization layer: snapshots every k steps plus the final values
 * @param gradMagnitudes per epoch
 * @param weightImages first-layer filters after training
 * @param classVisualizations one input per class, optimized to maximize that class's logit
 * @param prunedAccuracy test accuracy (running statistics) after zeroing the smallest gammas, or
 *     NaN when that probe was off
 */
public record ProbeResults(
    List<LayerActivity> activity,
    List<NormParams> normParams,
    List<GradMagnitude> gradMagnitudes,
    List<Picture> weightImages,
    List<Picture> classVisualizations,
    double prunedAccuracy) {

  public static final ProbeResults EMPTY =
      new ProbeResults(List.of(), List.of(), List.of(), List.of(), List.of(), Double.NaN);

  public ProbeResults {
    activity = List.copyOf(activity);
    normParams = List.copyOf(normParams);
    gradMagnitudes = List.copyOf(gradMagnitudes);
    weightImages = List.copyOf(weightImages);
    classVisualizations = List.copyOf(classVisualizations);
  }
}
