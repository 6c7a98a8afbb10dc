package org.bnclaims.spec;

/**
 * Instruments switched on for a run; each costs time, so all are off by default.
 *
 * @param deadUnits dead-unit ratio and zero-activation rate per layer, on the test split in eval
 *     mode, after the last epoch
 * @param bnSnapshotEvery record every gamma and beta every k steps (0 = never; the final values are
 *     always recorded when the network has normalization)
 * @param gradMagnitudes mean absolute gradient per parameter group (normalization vs the rest) per
 *     epoch
 * @param weightImages the first layer's weights as images, after the last epoch
 * @param classVisualizations gradient-ascent steps for one input image per class (0 = off)
 * @param gammaPruneFraction after training, zero this fraction of all normalization gammas, the
 *     smallest in absolute value first, and measure the test accuracy again (Frankle et al. via
 *     document 003 section 2); 0 = off
 * @throws IllegalArgumentException for a negative count or a fraction outside [0, 1), naming the
 *     field, the value and what is allowed
 */
public record ProbeSpec(
    boolean deadUnits,
    int bnSnapshotEvery,
    boolean gradMagnitudes,
    boolean weightImages,
    int classVisualizations,
    double gammaPruneFraction) {

  public ProbeSpec {
    Check.atLeast("ProbeSpec.bnSnapshotEvery", bnSnapshotEvery, 0);
    Check.atLeast("ProbeSpec.classVisualizations", classVisualizations, 0);
    Check.fraction("ProbeSpec.gammaPruneFraction", gammaPruneFraction);
  }

  public static final ProbeSpec NONE = new ProbeSpec(false, 0, false, false, 0, 0.0);

  public ProbeSpec withDeadUnits() {
    return new ProbeSpec(
        true,
        bnSnapshotEvery,
        gradMagnitudes,
        weightImages,
        classVisualizations,
        gammaPruneFraction);
  }

  public ProbeSpec withBnSnapshots(int every) {
    return new ProbeSpec(
        deadUnits, every, gradMagnitudes, weightImages, classVisualizations, gammaPruneFraction);
  }

  public ProbeSpec withGradMagnitudes() {
    return new ProbeSpec(
        deadUnits, bnSnapshotEvery, true, weightImages, classVisualizations, gammaPruneFraction);
  }

  public ProbeSpec withWeightImages() {
    return new ProbeSpec(
        deadUnits, bnSnapshotEvery, gradMagnitudes, true, classVisualizations, gammaPruneFraction);
  }

  public ProbeSpec withClassVisualizations(int steps) {
    return new ProbeSpec(
        deadUnits, bnSnapshotEvery, gradMagnitudes, weightImages, steps, gammaPruneFraction);
  }

  public ProbeSpec withGammaPruning(double fraction) {
    return new ProbeSpec(
        deadUnits, bnSnapshotEvery, gradMagnitudes, weightImages, classVisualizations, fraction);
  }
}
