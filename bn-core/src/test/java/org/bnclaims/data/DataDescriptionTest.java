package org.bnclaims.data;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bnclaims.spec.DataSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDescriptionTest {
  @TempDir Path tmp;

  private static DataDescription cifar(int trainPerClass, List<String> notes) {
    int train = trainPerClass > 0 ? 10 * trainPerClass : 10_000;
    return new DataDescription(
        "cifar10",
        false,
        train,
        10_000,
        10_000,
        10_000,
        trainPerClass,
        0,
        3,
        32,
        32,
        32,
        true,
        true,
        4,
        notes);
  }

  @Test
  void summaryIsOneLineInTheDocumentedFormat() {
    assertEquals(
        "cifar10: 10,000 train / 10,000 test images, 3x32x32, standardized, flip + pad-crop 4;"
            + " a; b",
        cifar(0, List.of("a", "b")).summary());
    assertEquals(
        "cifar10: 1,000 (100 per class of 10,000) train / 10,000 test images, 3x32x32,"
            + " standardized, flip + pad-crop 4",
        cifar(100, List.of()).toString());
    DataDescription resized =
        new DataDescription(
            "imagenette", true, 20, 10, 20, 10, 0, 0, 3, 64, 64, 160, false, false, 0, List.of());
    assertTrue(resized.resized());
    assertEquals(
        "imagenette (synthetic stand-in, not evidence): 20 train / 10 test images, 3x64x64"
            + " resized from 160 px, unnormalized (pixel/255), no augmentation",
        resized.summary());
  }

  @Test
  void augmentationNamesEachCombination() {
    DataDescription d = cifar(0, List.of());
    assertEquals("flip + pad-crop 4", d.augmentation());
    assertEquals(
        "flip",
        new DataDescription("m", false, 1, 1, 1, 1, 0, 0, 1, 2, 2, 2, true, true, 0, List.of())
            .augmentation());
    assertEquals(
        "pad-crop 1",
        new DataDescription("m", false, 1, 1, 1, 1, 0, 0, 1, 2, 2, 2, true, false, 1, List.of())
            .augmentation());
  }

  @Test
  void constructorRejectsWhatCannotHaveRun() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new DataDescription(
                " ", false, 1, 1, 1, 1, 0, 0, 1, 2, 2, 2, true, false, 0, List.of()));
    IllegalArgumentException more =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new DataDescription(
                    "m", false, 5, 1, 4, 1, 0, 0, 1, 2, 2, 2, true, false, 0, List.of()));
    assertEquals("m: 5 training images used of 4 found", more.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new DataDescription(
                "m", false, 1, 2, 1, 1, 0, 0, 1, 2, 2, 2, true, false, 0, List.of()));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new DataDescription(
                "m", false, 1, 1, 1, 1, -1, 0, 1, 2, 2, 2, true, false, 0, List.of()));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new DataDescription(
                "m", false, 1, 1, 1, 1, 0, 0, 0, 2, 2, 2, true, false, 0, List.of()));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new DataDescription(
                "m", false, 1, 1, 1, 1, 0, 0, 1, 2, 2, 2, true, false, 0, List.of(" ")));
  }

  @Test
  void notesAreCopied() {
    List<String> notes = new ArrayList<>(List.of("x"));
    DataDescription d = cifar(0, notes);
    notes.add("y");
    assertEquals(List.of("x"), d.notes());
    assertThrows(UnsupportedOperationException.class, () -> d.notes().add("z"));
  }

  @Test
  void prepareDescribesTheSubsetItDrewFromTheFilesItFound() throws Exception {
    TestFiles.writeMnist(tmp.resolve("data/mnist"), 30, 20, true);
    DataSpec spec = DataSpec.of("mnist").withSubset(2, 1).withAugmentation(true, 0);
    DataDescription d =
        Datasets.prepare(spec, TestFiles.config(tmp.resolve("data"), tmp.resolve("c")))
            .description();
    assertEquals(
        "mnist: 20 (2 per class of 30) train / 10 (1 per class of 20) test images, 1x28x28,"
            + " standardized, flip; a subset of the official files: 30 of 60,000 training images"
            + " and 20 of 10,000 test images",
        d.summary());
    assertFalse(d.synthetic());
    assertEquals(28, d.nativeSide());
  }

  @Test
  void syntheticDataSaysItIsAStandIn() {
    DataDescription d =
        Datasets.prepare(DataSpec.of("imagenette").withSynthetic(true).withImageSize(16), null)
            .description();
    assertTrue(d.synthetic());
    assertEquals(List.of(Synthetic.NOTE), d.notes());
    assertTrue(
        d.summary()
            .startsWith(
                "imagenette (synthetic stand-in, not evidence): 1,000 train / 200 test images,"
                    + " 3x16x16 resized from 160 px, standardized, no augmentation; synthetic"
                    + " stand-in:"),
        d.summary());
  }

  @Test
  void sizeNoteOnlyWhenTheSplitsAreNotTheOfficialOnes() {
    assertNull(Resolver.sizeNote(DatasetKind.MNIST, 60_000, 10_000, "x"));
    assertEquals(
        "a subset of the official files: 500 of 10,000 test images",
        Resolver.sizeNote(DatasetKind.MNIST, 60_000, 500, "not used: training is whole"));
    assertEquals(
        "not the official split sizes: 70,000 training images (official 60,000)",
        Resolver.sizeNote(DatasetKind.MNIST, 70_000, 10_000, null));
  }
}
