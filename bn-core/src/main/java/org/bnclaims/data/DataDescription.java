package org.bnclaims.data;

import java.util.List;
import java.util.Locale;

/**
 * What data a run trained and was tested on, as a report should state it: the dataset, the images
 * actually used out of those found, their shape as trained, the preparation, and the loader's notes
 * on how the files differ from the official dataset. Results on a subset or on re-encoded images
 * are evidence at that scale only, so the verdict must carry this beside it.
 *
 * <p>{@link #summary()} (also {@link #toString()}) is one line in a fixed format, e.g. {@code
 * cifar10: 10,000 train / 10,000 test images, 3x32x32, standardized, flip + pad-crop 4; a subset of
 * the official files: 10,000 of 50,000 training images, found in 1 of 5 batches
 * (data_batch_1.bin)}. Numbers use {@link Locale#ROOT} with thousands separators.
 *
 * @param dataset registry name, e.g. {@code imagenette}
 * @param synthetic true for the seeded synthetic stand-in (the smoke profile), never evidence
 * @param trainImages training images used (after the subset draw)
 * @param testImages test images used (after the subset draw)
 * @param availableTrain training images the loader found (or generated), before the subset draw
 * @param availableTest test images the loader found (or generated), before the subset draw
 * @param trainPerClass stratified training subset per class, 0 for the whole split
 * @param testPerClass stratified test subset per class, 0 for the whole split
 * @param channels image channels as trained
 * @param height image height as trained
 * @param width image width as trained
 * @param nativeSide side length of the dataset's own images (Imagenette: 160, its shorter side)
 * @param normalize whether pixels are standardized with the training split's mean and SD
 * @param flip random horizontal flips of training images
 * @param padCrop zero padding before a random crop back to size, 0 for none
 * @param notes the loader's notes, one sentence each (see {@link Dataset#notes()})
 */
public record DataDescription(
    String dataset,
    boolean synthetic,
    int trainImages,
    int testImages,
    int availableTrain,
    int availableTest,
    int trainPerClass,
    int testPerClass,
    int channels,
    int height,
    int width,
    int nativeSide,
    boolean normalize,
    boolean flip,
    int padCrop,
    List<String> notes) {

  public DataDescription {
    if (dataset == null || dataset.isBlank()) {
      throw new IllegalArgumentException("dataset name is blank");
    }
    if (trainImages < 0 || trainImages > availableTrain) {
      throw new IllegalArgumentException(
          dataset + ": " + trainImages + " training images used of " + availableTrain + " found");
    }
    if (testImages < 0 || testImages > availableTest) {
      throw new IllegalArgumentException(
          dataset + ": " + testImages + " test images used of " + availableTest + " found");
    }
    if (trainPerClass < 0 || testPerClass < 0 || padCrop < 0) {
      throw new IllegalArgumentException(
          dataset
              + ": negative per-class subset ("
              + trainPerClass
              + ", "
              + testPerClass
              + ") or padCrop "
              + padCrop);
    }
    if (channels <= 0 || height <= 0 || width <= 0 || nativeSide <= 0) {
      throw new IllegalArgumentException(
          dataset
              + ": bad image shape "
              + channels
              + "x"
              + height
              + "x"
              + width
              + " (native "
              + nativeSide
              + ")");
    }
    notes = List.copyOf(notes);
    for (String n : notes) {
      if (n.isBlank()) {
        throw new IllegalArgumentException(dataset + ": blank note in " + notes);
      }
    }
  }

  /** Whether the images were resized from the dataset's own size. */
  public boolean resized() {
    return height != nativeSide || width != nativeSide;
  }

  /** The description in one line, in the fixed format of the type's documentation. */
  public String summary() {
    StringBuilder s = new StringBuilder(dataset);
    if (synthetic) {
      s.append(" (synthetic stand-in, not evidence)");
    }
    s.append(": ")
        .append(split(trainImages, trainPerClass, availableTrain))
        .append(" train / ")
        .append(split(testImages, testPerClass, availableTest))
        .append(" test images, ")
        .append(channels)
        .append('x')
        .append(height)
        .append('x')
        .append(width);
    if (resized()) {
      s.append(" resized from ").append(nativeSide).append(" px");
    }
    s.append(normalize ? ", standardized, " : ", unnormalized (pixel/255), ")
        .append(augmentation());
    for (String n : notes) {
      s.append("; ").append(n);
    }
    return s.toString();
  }

  /** {@code no augmentation}, {@code flip}, {@code pad-crop 4} or {@code flip + pad-crop 4}. */
  public String augmentation() {
    if (!flip && padCrop == 0) {
      return "no augmentation";
    }
    String crop = "pad-crop " + padCrop;
    return flip ? (padCrop > 0 ? "flip + " + crop : "flip") : crop;
  }

  /** The same as {@link #summary()}, so logs and string concatenation print the one format. */
  @Override
  public String toString() {
    return summary();
  }

  private static String split(int used, int perClass, int available) {
    String n = String.format(Locale.ROOT, "%,d", used);
    return perClass > 0
        ? String.format(Locale.ROOT, "%s (%,d per class of %,d)", n, perClass, available)
        : n;
  }
}
