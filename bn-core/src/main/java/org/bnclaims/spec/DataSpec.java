package org.bnclaims.spec;

/**
 * Which data a run trains and tests on, and how it is prepared.
 *
 * @param dataset registry name of the dataset ({@code mnist}, {@code fashion-mnist}, {@code
 *     cifar10}, {@code cifar100}, {@code imagenette})
 * @param synthetic when true, a seeded synthetic stand-in with the same shape and class count is
 *     used instead of the real files (the smoke profile; never evidence)
 * @param trainPerClass stratified training subset, images per class; 0 means the whole split
 * @param testPerClass stratified test subset, images per class; 0 means the whole split
 * @param subsetSeed seed of the subset draw; fixed across replicates so all seeds see the same
 *     images
 * @param normalize per-channel standardization with the training split's mean and SD
 * @param flip random horizontal flip of training images
 * @param padCrop zero padding before a random crop back to the original size; 0 disables it
 * @param imageSize side length images are resized to (Imagenette); 0 keeps the native size
 * @throws IllegalArgumentException for a blank dataset name or a negative size, naming the field,
 *     the value and what is allowed; which names exist is the data registry's to say
 */
public record DataSpec(
    String dataset,
    boolean synthetic,
    int trainPerClass,
    int testPerClass,
    long subsetSeed,
    boolean normalize,
    boolean flip,
    int padCrop,
    int imageSize) {

  public DataSpec {
    Check.name("DataSpec.dataset", dataset);
    Check.atLeast("DataSpec.trainPerClass", trainPerClass, 0);
    Check.atLeast("DataSpec.testPerClass", testPerClass, 0);
    Check.atLeast("DataSpec.padCrop", padCrop, 0);
    Check.atLeast("DataSpec.imageSize", imageSize, 0);
  }

  /** The whole real dataset, standardized, without augmentation. */
  public static DataSpec of(String dataset) {
    return new DataSpec(dataset, false, 0, 0, 0L, true, false, 0, 0);
  }

  public DataSpec withSubset(int trainPerClass, int testPerClass) {
    return new DataSpec(
        dataset,
        synthetic,
        trainPerClass,
        testPerClass,
        subsetSeed,
        normalize,
        flip,
        padCrop,
        imageSize);
  }

  public DataSpec withSynthetic(boolean synthetic) {
    return new DataSpec(
        dataset,
        synthetic,
        trainPerClass,
        testPerClass,
        subsetSeed,
        normalize,
        flip,
        padCrop,
        imageSize);
  }

  public DataSpec withAugmentation(boolean flip, int padCrop) {
    return new DataSpec(
        dataset,
        synthetic,
        trainPerClass,
        testPerClass,
        subsetSeed,
        normalize,
        flip,
        padCrop,
        imageSize);
  }

  public DataSpec withImageSize(int imageSize) {
    return new DataSpec(
        dataset,
        synthetic,
        trainPerClass,
        testPerClass,
        subsetSeed,
        normalize,
        flip,
        padCrop,
        imageSize);
  }
}
