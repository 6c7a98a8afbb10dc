package org.bnclaims.data;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Arrays;
import java.util.List;
import org.bnclaims.spec.DataSpec;
import org.junit.jupiter.api.Test;

/**
 * Reads the real Imagenette subset of shared/data (300 training and 100 validation images per
 * class, re-encoded at 160 x 160): counts, histograms, shapes at the native size and at the 64 px a
 * claim may ask for, and the notes the report shows. Missing data fails on CI and skips elsewhere.
 */
class RealImagenetteTest {
  private static final String HOW = "set -Dbn.dataDir or BN_DATA_DIR to the project's shared/data";

  private static int[] tenTimes(int n) {
    int[] a = new int[10];
    Arrays.fill(a, n);
    return a;
  }

  @Test
  void nativeSizeHoldsTheWholeSubset() {
    Dataset d = RealData.require("imagenette", RealData.config(), HOW);
    assertEquals(3_000, d.train().size());
    assertEquals(1_000, d.test().size());
    assertArrayEquals(tenTimes(300), d.train().labelHistogram());
    assertArrayEquals(tenTimes(100), d.test().labelHistogram());
    assertEquals(3, d.train().channels());
    assertEquals(160, d.train().height());
    assertEquals(160, d.test().width());
    assertEquals("parachute", d.classNames().get(9));
    // the README's fingerprint identifies the shared copy; its manifest shows no file is official
    assertEquals(
        List.of(
            "a subset of the official files: 3,000 of 9,469 training images and 1,000 of 3,925"
                + " test images",
            ImagenetteOrigin.SHARED_SUBSET_NOTE,
            "4,000 of 4,000 images differ from the official files"
                + " (MD5s of official-imagenette2-160-manifest.tsv)"),
        d.notes());
  }

  @Test
  void resizedTo64PixelsAsAClaimAsks() {
    DataSpec spec = DataSpec.of("imagenette").withImageSize(64).withSubset(50, 20);
    DataOutcome probe = Datasets.load("imagenette", RealData.config(), 64);
    if (probe instanceof DataOutcome.Unavailable u) {
      RealData.missing("imagenette is not installed; " + HOW + "\n" + u.message());
    }
    PreparedData p = Datasets.prepare(spec, RealData.config());
    assertEquals(500, p.trainSize());
    assertEquals(200, p.testSize());
    assertEquals(64, p.height());
    assertEquals(64, p.width());
    assertArrayEquals(tenTimes(50), p.trainSet().labelHistogram());
    DataDescription d = p.description();
    assertTrue(d.resized());
    assertTrue(
        d.summary()
            .startsWith(
                "imagenette: 500 (50 per class of 3,000) train / 200 (20 per class of 1,000) test"
                    + " images, 3x64x64 resized from 160 px, standardized, no augmentation; a"
                    + " subset of the official files"),
        d.summary());
    assertTrue(d.notes().contains(ImagenetteOrigin.SHARED_SUBSET_NOTE), d.summary());
    // downscaling keeps each channel's mean within two levels of the native images' mean
    float[] small = PreparedData.channelStats(((DataOutcome.Available) probe).dataset().train())[0];
    float[] full =
        PreparedData.channelStats(RealData.require("imagenette", RealData.config(), HOW).train())[
            0];
    for (int c = 0; c < 3; c++) {
      assertEquals(full[c] * 255, small[c] * 255, 2, "channel " + c);
    }
  }
}
