package org.bnclaims.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.bnclaims.spec.DataSpec;
import org.junit.jupiter.api.Test;

/** One line per data setting, from the spec's own fields. */
class DataDescriptionsTest {

  @Test
  void subsetResizeAndAugmentationAreSaid() {
    assertEquals(
        "imagenette: 100 train / 50 test per class, resized to 64 px, standardized, no"
            + " augmentation",
        DataDescriptions.of(DataSpec.of("imagenette").withImageSize(64).withSubset(100, 50)));
    assertEquals(
        "cifar10: full train and test splits, native image size, standardized, augmented:"
            + " horizontal flip + 4-px pad and random crop",
        DataDescriptions.of(DataSpec.of("cifar10").withAugmentation(true, 4)));
  }

  @Test
  void syntheticDataSaysSo() {
    assertEquals(
        "synthetic stand-in for mnist (generated images of its shape): 20 train / 10 test per"
            + " class, native image size, standardized, no augmentation",
        DataDescriptions.of(DataSpec.of("mnist").withSubset(20, 10).withSynthetic(true)));
  }
}
