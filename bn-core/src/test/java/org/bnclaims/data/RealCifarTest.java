package org.bnclaims.data;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.bnclaims.spec.DataSpec;
import org.junit.jupiter.api.Test;

/**
 * Reads the real CIFAR subsets of shared/data (see its README): CIFAR-10 with one of the five
 * training batches and the 10,000 test images, CIFAR-100 with 100 training images per fine class
 * and the whole test set. Missing data fails on CI ({@code CI=true}) and skips elsewhere.
 */
class RealCifarTest {
  private static final String HOW = "set -Dbn.dataDir or BN_DATA_DIR to the project's shared/data";

  /**
   * The full training sets' mean R, G, B (0..255): 0.4914/0.4822/0.4465 and 0.5071/0.4865/0.4409.
   */
  private static final double[] CIFAR10_MEAN = {125.3, 123.0, 113.9};

  private static final double[] CIFAR100_MEAN = {129.3, 124.1, 112.4};

  /**
   * A subset's channel means lie within 1.5 levels of the full set's; swapped channels (R and B
   * differ by 11 to 17 levels) or a wrong pixel scale would not.
   */
  private static void assertMeansNear(double[] want, ImageSet set) {
    float[] got = PreparedData.channelStats(set)[0];
    for (int c = 0; c < 3; c++) {
      assertEquals(want[c], got[c] * 255, 1.5, "channel " + c + " of " + Arrays.toString(got));
    }
  }

  private static String sha256(Path file) throws Exception {
    return HexFormat.of().formatHex(Downloader.sha256().digest(Files.readAllBytes(file)));
  }

  @Test
  void cifar10FromOneOfTheFiveTrainingBatches() throws Exception {
    Dataset d = RealData.require("cifar10", RealData.config(), HOW);
    Path batch = RealData.root().resolve("cifar10/cifar-10-batches-bin/data_batch_1.bin");
    // byte-identical to the official data_batch_1.bin (shared/data/README.md)
    assertEquals("cee916563c9f80d84e3cc88e17fdc0941787f1244f00a67874d45b261883ada5", sha256(batch));
    assertEquals(10_000, d.train().size());
    assertEquals(10_000, d.test().size());
    assertEquals(3, d.train().channels());
    assertEquals(32, d.train().height());
    assertEquals(32, d.train().width());
    // the official data_batch_1.bin is not balanced; the test set has 1,000 per class
    assertArrayEquals(
        new int[] {1005, 974, 1032, 1016, 999, 937, 1030, 1001, 1025, 981},
        d.train().labelHistogram());
    int[] thousand = new int[10];
    Arrays.fill(thousand, 1000);
    assertArrayEquals(thousand, d.test().labelHistogram());
    assertMeansNear(CIFAR10_MEAN, d.train());
    assertEquals(
        "cifar10: 10,000 train / 10,000 test images, 3x32x32, standardized, no augmentation;"
            + " a subset of the official files: 10,000 of 50,000 training images, found in 1 of 5"
            + " batches (data_batch_1.bin)",
        Datasets.prepare(DataSpec.of("cifar10"), RealData.config()).description().summary());
    assertEquals(
        Files.readAllLines(batch.resolveSibling("batches.meta.txt")).stream()
            .filter(s -> !s.isBlank())
            .toList(),
        d.classNames());
  }

  @Test
  void cifar100WithOneHundredImagesPerFineClass() throws Exception {
    Dataset d = RealData.require("cifar100", RealData.config(), HOW);
    Path dir = RealData.root().resolve("cifar100/cifar-100-binary");
    assertEquals(
        "6734661054ca33ba22b16025e5df31522f8ba847bef2f15338fe209cc279d42c",
        sha256(dir.resolve("train.bin")));
    assertEquals(
        "fe01578cbb5208c7c5b46bbc0a1306eea17e7f332cb6ac207fe18ac52dd29114",
        sha256(dir.resolve("test.bin")));
    assertEquals(10_000, d.train().size());
    assertEquals(10_000, d.test().size());
    assertEquals(100, d.train().classes());
    int[] hundred = new int[100];
    Arrays.fill(hundred, 100);
    assertArrayEquals(hundred, d.train().labelHistogram());
    assertArrayEquals(hundred, d.test().labelHistogram());
    assertEquals(32, d.test().height());
    assertMeansNear(CIFAR100_MEAN, d.train());
    assertEquals(
        List.of("a subset of the official files: 10,000 of 50,000 training images"), d.notes());
    List<String> file =
        Files.readAllLines(dir.resolve("fine_label_names.txt")).stream()
            .filter(s -> !s.isBlank())
            .toList();
    assertEquals(100, file.size());
    for (int k = 0; k < 100; k++) {
      // the binary version's file says "maple" where the Python version's meta says "maple_tree"
      String ours = d.classNames().get(k);
      assertTrue(ours.equals(file.get(k)) || ours.equals(file.get(k) + "_tree"), k + ": " + ours);
    }
  }
}
