package org.bnclaims.claim;

import java.util.ArrayList;
import java.util.List;
import org.bnclaims.spec.DataSpec;

/**
 * Says in one line what data a spec trains and tests on, for the report's "data" list of a claim:
 * dataset (or its synthetic stand-in), subset sizes, image size, standardization and augmentation.
 *
 * <p>It reads the {@link DataSpec} alone, so it cannot know how the files on this machine were made
 * (a re-encoded subset, say). When the data layer describes what it prepared, this is the one
 * function to swap; callers only need one string per distinct data setting.
 */
final class DataDescriptions {

  private DataDescriptions() {}

  static String of(DataSpec d) {
    List<String> parts = new ArrayList<>();
    parts.add(split(d));
    parts.add(d.imageSize() > 0 ? "resized to " + d.imageSize() + " px" : "native image size");
    parts.add(d.normalize() ? "standardized" : "not standardized");
    parts.add(augmentation(d));
    if (d.subsetSeed() != 0) {
      parts.add("subset seed " + d.subsetSeed());
    }
    String name =
        d.synthetic()
            ? "synthetic stand-in for " + d.dataset() + " (generated images of its shape)"
            : d.dataset();
    return name + ": " + String.join(", ", parts);
  }

  private static String split(DataSpec d) {
    if (d.trainPerClass() <= 0 && d.testPerClass() <= 0) {
      return "full train and test splits";
    }
    return count(d.trainPerClass()) + " train / " + count(d.testPerClass()) + " test per class";
  }

  private static String count(int perClass) {
    return perClass > 0 ? Integer.toString(perClass) : "all";
  }

  private static String augmentation(DataSpec d) {
    List<String> a = new ArrayList<>();
    if (d.flip()) {
      a.add("horizontal flip");
    }
    if (d.padCrop() > 0) {
      a.add(d.padCrop() + "-px pad and random crop");
    }
    return a.isEmpty() ? "no augmentation" : "augmented: " + String.join(" + ", a);
  }
}
