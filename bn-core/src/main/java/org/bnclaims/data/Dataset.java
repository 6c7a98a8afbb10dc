package org.bnclaims.data;

import java.util.List;

/**
 * A dataset's two splits and its class names, index {@code k} naming label {@code k}.
 *
 * @param name registry name, e.g. {@code cifar10}
 * @param train training split
 * @param test test split (Imagenette's {@code val} folder)
 * @param classNames readable class names, one per class
 */
public record Dataset(String name, ImageSet train, ImageSet test, List<String> classNames) {

  public Dataset {
    classNames = List.copyOf(classNames);
    if (train.classes() != classNames.size() || test.classes() != classNames.size()) {
      throw new IllegalArgumentException(
          name + ": " + classNames.size() + " class names for " + train.classes() + " classes");
    }
  }
}
