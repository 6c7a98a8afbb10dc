package org.bnclaims.claim;

import java.util.ArrayList;
import java.util.List;
import org.bnclaims.data.BadDataException;
import org.bnclaims.data.DataConfig;
import org.bnclaims.data.DataDescription;
import org.bnclaims.data.DataUnavailableException;
import org.bnclaims.data.Datasets;
import org.bnclaims.spec.DataSpec;

/**
 * Says in one line what data a spec trains and tests on, for the report's "data" list of a claim:
 * dataset (or its synthetic stand-in), subset sizes, image size, standardization and augmentation.
 *
 * <p>{@link #prepared} asks the data layer, which knows what it found on this machine: how many
 * images of how many available, and how the files were made (the shared Imagenette subset is
 * re-encoded, which a reader of the verdict must know). {@link #of} reads the {@link DataSpec}
 * alone; it is the fallback when the data cannot be prepared here.
 */
final class DataDescriptions {

  private DataDescriptions() {}

  /**
   * What the data layer prepares for {@code d} from {@code config}, as {@link
   * DataDescription#summary()}; the spec's own description when the data cannot be had or read
   * (then the claim says why elsewhere, as SKIPPED or as a failed run). Never downloads: a report
   * must not fetch data that the runs did not need.
   */
  static String prepared(DataSpec d, DataConfig config) {
    if (d.synthetic()) {
      return of(d);
    }
    DataConfig offline =
        new DataConfig(config.explicitDir(), config.cacheDir(), config.systemDirs(), true);
    try {
      return Datasets.prepare(d, offline).description().summary();
    } catch (DataUnavailableException | BadDataException e) {
      return of(d);
    }
  }

  /** The spec's own description of its data, without looking at any file. */
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
