package org.bnclaims.data;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PreparedDataTest {
  private static final List<String> TWO = List.of("a", "b");

  /**
   * Two 2-channel 2x2 images. Channel 0: image 0 all 0, image 1 all 255, so mean 0.5 and population
   * SD 0.5 (hand computation). Channel 1: all 51, so mean 0.2 and SD 0 (kept at 1).
   */
  private static ImageSet twoImages() {
    byte[] px = new byte[2 * 2 * 4];
    for (int j = 0; j < 4; j++) {
      px[j] = 0;
      px[4 + j] = 51;
      px[8 + j] = (byte) 255;
      px[12 + j] = 51;
    }
    return ImageSet.copyOf(px, new int[] {0, 1}, 2, 2, 2, 2);
  }

  private static PreparedData prepared(ImageSet s, boolean norm, boolean flip, int pad) {
    float[][] st = PreparedData.channelStats(s);
    return new PreparedData(describe(s, norm, flip, pad), s, s, TWO, st[0], st[1]);
  }

  /** {@code s} as both splits, whole, at its own size. */
  private static DataDescription describe(ImageSet s, boolean norm, boolean flip, int pad) {
    return new DataDescription(
        "t",
        false,
        s.size(),
        s.size(),
        s.size(),
        s.size(),
        0,
        0,
        s.channels(),
        s.height(),
        s.width(),
        s.height(),
        norm,
        flip,
        pad,
        List.of());
  }

  @Test
  void theDescriptionMustDescribeTheSplits() {
    ImageSet s = gradient();
    float[][] st = PreparedData.channelStats(s);
    DataDescription twoImages = describe(twoImages(), true, false, 0);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new PreparedData(twoImages, s, s, TWO, st[0], st[1]));
    assertTrue(
        e.getMessage().contains("does not describe train ImageSet[1 x 1x5x5"), e.getMessage());
    PreparedData p = new PreparedData(describe(s, true, true, 2), s, s, TWO, st[0], st[1]);
    assertEquals("t", p.name());
    assertEquals("flip + pad-crop 2", p.description().augmentation());
  }

  @Test
  void statisticsComeFromTheTrainingSplit() {
    PreparedData p = prepared(twoImages(), true, false, 0);
    assertArrayEquals(new float[] {0.5f, 0.2f}, p.mean(), 1e-6f);
    assertArrayEquals(new float[] {0.5f, 1f}, p.std(), 1e-6f);
    float[] dst = new float[2 * 8];
    float[] labels = new float[2];
    p.fill(true, new int[] {1, 0}, 0, 2, dst, labels, null);
    // image 1 first: channel 0 (1 - 0.5) / 0.5 = 1, channel 1 (0.2 - 0.2) / 1 = 0
    float[] expected = {1, 1, 1, 1, 0, 0, 0, 0, -1, -1, -1, -1, 0, 0, 0, 0};
    assertArrayEquals(expected, dst, 1e-6f);
    assertArrayEquals(new float[] {1, 0}, labels);
    p.mean()[0] = 99;
    assertEquals(0.5f, p.mean()[0], "mean() must return a copy");
  }

  @Test
  void withoutNormalizationPixelsAreScaledToUnitRange() {
    PreparedData p = prepared(twoImages(), false, false, 0);
    assertArrayEquals(new float[] {0, 0}, p.mean());
    assertArrayEquals(new float[] {1, 1}, p.std());
    float[] dst = new float[8];
    p.fill(false, new int[] {0}, 0, 1, dst, new float[1], null);
    assertArrayEquals(new float[] {0, 0, 0, 0, 0.2f, 0.2f, 0.2f, 0.2f}, dst, 1e-6f);
  }

  /** One 1x5x5 image whose pixel (y, x) is 10 y + x + 1 (so 0 only appears as padding). */
  private static ImageSet gradient() {
    byte[] px = new byte[25];
    for (int y = 0; y < 5; y++) {
      for (int x = 0; x < 5; x++) {
        px[y * 5 + x] = (byte) (10 * y + x + 1);
      }
    }
    return ImageSet.copyOf(px, new int[] {0}, 1, 5, 5, 2);
  }

  private static float[] fillOne(PreparedData p, boolean train, SplittableRandom rng) {
    float[] dst = new float[25];
    p.fill(train, new int[] {0}, 0, 1, dst, new float[1], rng);
    return dst;
  }

  @Test
  void flipReallyMirrors() {
    PreparedData p = prepared(gradient(), false, true, 0);
    float[] plain = fillOne(p, true, null);
    int mirrored = 0;
    for (long seed = 0; seed < 40; seed++) {
      float[] out = fillOne(p, true, new SplittableRandom(seed));
      boolean flipped = new SplittableRandom(seed).nextBoolean();
      for (int y = 0; y < 5; y++) {
        for (int x = 0; x < 5; x++) {
          float want = plain[y * 5 + (flipped ? 4 - x : x)];
          assertEquals(want, out[y * 5 + x], "seed " + seed + " at " + y + "," + x);
        }
      }
      mirrored += flipped ? 1 : 0;
    }
    assertTrue(mirrored > 5 && mirrored < 35, "flip probability looks wrong: " + mirrored);
  }

  @Test
  void padAndCropShiftsWithBlackBorder() {
    PreparedData p = prepared(gradient(), false, false, 2);
    int shifted = 0;
    for (long seed = 0; seed < 40; seed++) {
      float[] out = fillOne(p, true, new SplittableRandom(seed));
      SplittableRandom r = new SplittableRandom(seed);
      int dy = r.nextInt(5) - 2;
      int dx = r.nextInt(5) - 2;
      for (int y = 0; y < 5; y++) {
        for (int x = 0; x < 5; x++) {
          int sy = y + dy;
          int sx = x + dx;
          float want = sy < 0 || sy > 4 || sx < 0 || sx > 4 ? 0f : (10 * sy + sx + 1) / 255f;
          assertEquals(want, out[y * 5 + x], 1e-7f, "seed " + seed + " at " + y + "," + x);
        }
      }
      shifted += dy != 0 || dx != 0 ? 1 : 0;
    }
    assertTrue(shifted > 20, "crop offsets almost never move the image: " + shifted);
  }

  @Test
  void augmentationIsDeterministicPerSeedAndTrainOnly() {
    PreparedData p = prepared(gradient(), true, true, 2);
    assertArrayEquals(
        fillOne(p, true, new SplittableRandom(7)), fillOne(p, true, new SplittableRandom(7)));
    boolean anyDiffer = false;
    for (long s = 1; s < 10; s++) {
      anyDiffer |=
          !Arrays.equals(
              fillOne(p, true, new SplittableRandom(0)), fillOne(p, true, new SplittableRandom(s)));
    }
    assertTrue(anyDiffer);
    assertArrayEquals(
        fillOne(p, false, null),
        fillOne(p, false, new SplittableRandom(3)),
        "the test split is never augmented");
  }

  @Test
  void fillChecksItsArguments() {
    PreparedData p = prepared(gradient(), true, false, 0);
    assertThrows(
        IndexOutOfBoundsException.class,
        () -> p.fill(true, new int[] {0}, 0, 2, new float[50], new float[2], null));
    assertThrows(
        IllegalArgumentException.class,
        () -> p.fill(true, new int[] {0}, 0, 1, new float[24], new float[1], null));
    assertThrows(
        IndexOutOfBoundsException.class,
        () -> p.fill(true, new int[] {1}, 0, 1, new float[25], new float[1], null));
  }
}
