package org.bnclaims.data;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reads the real MNIST files available to the project: the 10,000 digits in shared/data/mnist and
 * Debian's full Fashion-MNIST. Missing data fails on CI ({@code CI=true}) and skips elsewhere.
 */
class RealDataTest {

  private static void assertPixelRange(ImageSet s) {
    long[] h = s.channelHistogram(0);
    long total = 0;
    for (long v : h) {
      total += v;
    }
    assertEquals((long) s.size() * 784, total);
    assertTrue(h[0] > 0, "no black pixel");
    assertTrue(h[255] > 0, "no white pixel");
  }

  @Test
  void sharedMnistSubset() throws Exception {
    Path root = RealData.root();
    Dataset d =
        RealData.require(
            "mnist",
            RealData.config(),
            "set -Dbn.dataDir or BN_DATA_DIR to the project's shared/data folder");
    Path file = root.resolve("mnist/train-images-idx3-ubyte.gz");
    if (Files.isRegularFile(file)) {
      // shared/datasets/README.md pinned this SHA-256; shared/data/mnist holds the same files
      String sha = HexFormat.of().formatHex(Downloader.sha256().digest(Files.readAllBytes(file)));
      assertEquals("917e3a918fb796c6ab96bd4c5dbe14e0937811e0c95bea71980782d644031865", sha);
    }
    assertEquals(8_000, d.train().size());
    assertEquals(2_000, d.test().size());
    int[] h = d.train().labelHistogram();
    int[] t = d.test().labelHistogram();
    System.out.println("MNIST train histogram " + java.util.Arrays.toString(h));
    System.out.println("MNIST test histogram " + java.util.Arrays.toString(t));
    for (int k = 0; k < 10; k++) {
      // MNIST digits are 9-11% of the data per class; a random 8,000/2,000 split keeps that
      assertTrue(h[k] > 8_000 * 0.08 && h[k] < 8_000 * 0.13, "train class " + k + ": " + h[k]);
      assertTrue(t[k] > 2_000 * 0.07 && t[k] < 2_000 * 0.14, "test class " + k + ": " + t[k]);
    }
    assertPixelRange(d.train());
    assertPixelRange(d.test());
    float[][] st = PreparedData.channelStats(d.train());
    // the familiar full-MNIST normalization constants (mean 0.1307, SD 0.3081)
    assertEquals(0.1307, st[0][0], 0.01);
    assertEquals(0.3081, st[1][0], 0.01);
    assertEquals(
        List.of(
            "a subset of the official files: 8,000 of 60,000 training images and 2,000 of 10,000"
                + " test images"),
        d.notes());
  }

  @Test
  void debianFashionMnist() {
    DataConfig cfg = new DataConfig(null, null, List.of(DataConfig.SYSTEM_DIR), true);
    Dataset d = RealData.require("fashion-mnist", cfg, "apt-get install dataset-fashion-mnist");
    assertEquals(60_000, d.train().size());
    assertEquals(10_000, d.test().size());
    for (int k = 0; k < 10; k++) {
      // Fashion-MNIST is balanced: 6,000 training and 1,000 test images per class
      assertEquals(6_000, d.train().labelHistogram()[k]);
      assertEquals(1_000, d.test().labelHistogram()[k]);
    }
    assertPixelRange(d.train());
    assertPixelRange(d.test());
    float[][] st = PreparedData.channelStats(d.train());
    // widely used Fashion-MNIST training statistics: mean 0.2860, SD 0.3530
    assertEquals(0.2860, st[0][0], 0.0005);
    assertEquals(0.3530, st[1][0], 0.0005);
    assertEquals("Ankle boot", d.classNames().get(9));
    assertEquals(List.of(), d.notes(), "the full official set needs no note");
  }
}
