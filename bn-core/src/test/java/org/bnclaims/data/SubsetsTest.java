package org.bnclaims.data;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.Arrays;
import org.bnclaims.spec.DataSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubsetsTest {
  @TempDir Path tmp;

  /** Class k has 20 + k images, labels in a scrambled order. */
  private static ImageSet uneven() {
    int n = 0;
    for (int k = 0; k < 10; k++) {
      n += 20 + k;
    }
    int[] labels = new int[n];
    int o = 0;
    for (int k = 0; k < 10; k++) {
      for (int j = 0; j < 20 + k; j++) {
        labels[o++] = k;
      }
    }
    // deterministic scramble so class members are not contiguous
    int[] scrambled = new int[n];
    for (int i = 0; i < n; i++) {
      scrambled[i] = labels[(i * 37) % n];
    }
    byte[] px = new byte[n * 4];
    for (int i = 0; i < px.length; i++) {
      px[i] = (byte) i;
    }
    return ImageSet.copyOf(px, scrambled, 1, 2, 2, 10);
  }

  @Test
  void drawsExactlyNPerClassWithoutRepeats() {
    ImageSet set = uneven();
    int[] idx = Subsets.stratified(set, 7, 42L, "test");
    assertEquals(70, idx.length);
    assertEquals(70, Arrays.stream(idx).distinct().count());
    int[] sorted = idx.clone();
    Arrays.sort(sorted);
    assertArrayEquals(sorted, idx);
    ImageSet sub = set.subset(idx);
    assertArrayEquals(new int[] {7, 7, 7, 7, 7, 7, 7, 7, 7, 7}, sub.labelHistogram());
    for (int j = 0; j < idx.length; j++) {
      assertEquals(set.label(idx[j]), sub.label(j));
      assertArrayEquals(set.image(idx[j]), sub.image(j));
    }
  }

  @Test
  void sameSeedSameSubsetOtherSeedOtherSubset() {
    ImageSet set = uneven();
    assertArrayEquals(Subsets.stratified(set, 5, 1L, "t"), Subsets.stratified(set, 5, 1L, "t"));
    assertFalse(
        Arrays.equals(Subsets.stratified(set, 5, 1L, "t"), Subsets.stratified(set, 5, 2L, "t")));
  }

  @Test
  void askingForMoreThanAClassHoldsFails() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Subsets.stratified(uneven(), 21, 0L, "mnist train split"));
    assertTrue(
        e.getMessage()
            .startsWith("mnist train split has only 20 images of class 0; asked for 21 per class"),
        e.getMessage());
  }

  @Test
  void prepareDrawsTrainAndTestSubsetsAndCachesThem() throws Exception {
    TestFiles.writeMnist(tmp.resolve("mnist"), 100, 50, true);
    DataConfig cfg = TestFiles.config(tmp, tmp.resolve("cache"));
    DataSpec spec = DataSpec.of("mnist").withSubset(4, 3);
    PreparedData p = Datasets.prepare(spec, cfg);
    assertEquals(40, p.trainSize());
    assertEquals(30, p.testSize());
    assertArrayEquals(new int[] {4, 4, 4, 4, 4, 4, 4, 4, 4, 4}, p.trainSet().labelHistogram());
    assertArrayEquals(new int[] {3, 3, 3, 3, 3, 3, 3, 3, 3, 3}, p.testSet().labelHistogram());
    // augmentation settings make a new view over the same cached images
    PreparedData q = Datasets.prepare(spec.withAugmentation(true, 2), cfg);
    assertSame(p.trainSet(), q.trainSet());
    DataSpec other = new DataSpec("mnist", false, 4, 3, 99L, true, false, 0, 0);
    assertNotSame(p.trainSet(), Datasets.prepare(other, cfg).trainSet());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Datasets.prepare(DataSpec.of("mnist").withSubset(11, 1), cfg));
    assertTrue(e.getMessage().contains("has only 10 images of class 0"), e.getMessage());
  }
}
