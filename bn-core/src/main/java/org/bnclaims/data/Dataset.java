package org.bnclaims.data;

import java.util.List;

/**
 * A dataset's two splits, its class names ({@code k} naming label {@code k}) and what its loader
 * found worth saying about the files, so a report can state what data ran.
 *
 * @param name registry name, e.g. {@code cifar10}
 * @param train training split
 * @param test test split (Imagenette's {@code val} folder)
 * @param classNames readable class names, one per class
 * @param notes one sentence each on how the images differ from the full official dataset (a subset
 *     of its files, re-encoded images, a synthetic stand-in); empty when they do not
 */
public record Dataset(
    String name, ImageSet train, ImageSet test, List<String> classNames, List<String> notes) {

  public Dataset {
    classNames = List.copyOf(classNames);
    notes = List.copyOf(notes);
    if (train.classes() != classNames.size() || test.classes() != classNames.size()) {
      throw new IllegalArgumentException(
          name + ": " + classNames.size() + " class names for " + train.classes() + " classes");
    }
    for (String n : notes) {
      if (n.isBlank()) {
        throw new IllegalArgumentException(name + ": blank note in " + notes);
      }
    }
  }

  /** A dataset whose files are the official ones, without notes. */
  public Dataset(String name, ImageSet train, ImageSet test, List<String> classNames) {
    this(name, train, test, classNames, List.of());
  }
}
