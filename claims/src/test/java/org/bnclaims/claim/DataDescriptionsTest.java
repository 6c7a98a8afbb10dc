package org.bnclaims.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bnclaims.data.DataConfig;
import org.bnclaims.spec.DataSpec;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One line per data setting: from the data layer when the data is here, from the spec's own fields
 * when it is not.
 */
class DataDescriptionsTest {

  @TempDir Path empty;

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

  @Test
  void missingDataFallsBackToTheSpecWithoutDownloading() {
    DataSpec d = DataSpec.of("cifar100").withSubset(50, 20);
    DataConfig nothingHere = new DataConfig(empty, null, List.of(), false);
    assertEquals(DataDescriptions.of(d), DataDescriptions.prepared(d, nothingHere));
  }

  /**
   * On the project's shared Imagenette subset the report must say the images were re-encoded (issue
   * 13, item 6) and how many images ran of how many found. Runs where the shared data is (CI points
   * BN_DATA_DIR at it); elsewhere it is skipped.
   */
  @Test
  void theSharedImagenetteSubsetIsNamedReEncoded() {
    String dir = System.getenv("BN_DATA_DIR");
    Assumptions.assumeTrue(
        dir != null && Files.isDirectory(Path.of(dir, "imagenette")),
        "BN_DATA_DIR does not hold imagenette/");
    String s =
        DataDescriptions.prepared(
            DataSpec.of("imagenette").withImageSize(64).withSubset(100, 50),
            new DataConfig(Path.of(dir), null, List.of(), true));
    assertTrue(s.contains("re-encoded"), s);
    assertTrue(s.contains("1,000 (100 per class of 3,000) train"), s);
    assertTrue(s.contains("resized from 160 px"), s);
  }
}
