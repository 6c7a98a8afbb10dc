package org.bnclaims.spec;

import java.util.List;

/**
 * The network: an architecture from the model zoo and its size.
 *
 * @param arch registry name: {@code mlp}, {@code 3c3d}, {@code allcnnc}, {@code resnet}, {@code
 *     vgg-res}, {@code conv4}
 * @param hidden widths of the hidden layers of an MLP (ignored by the other architectures)
 * @param depth depth parameter: for {@code resnet} the blocks per stage n (6n+2 layers), for {@code
 *     vgg-res} the number of blocks per stage; ignored elsewhere
 * @param widthMultiplier multiplies every hidden width or channel count (reduced profiles)
 * @param shortcut {@code resnet} shortcut option, {@code A} (zero-pad) or {@code B} (1x1 conv +
 *     norm)
 * @param dropout whether the architecture's own dropout layers are active (ALL-CNN-C)
 * @param outputBias whether the output layer has a bias
 */
public record ModelSpec(
    String arch,
    List<Integer> hidden,
    int depth,
    double widthMultiplier,
    String shortcut,
    boolean dropout,
    boolean outputBias) {

  public ModelSpec {
    hidden = List.copyOf(hidden);
  }

  /** An MLP with the given hidden widths. */
  public static ModelSpec mlp(Integer... hidden) {
    return new ModelSpec("mlp", List.of(hidden), 0, 1.0, "A", true, true);
  }

  /** A convolutional architecture at full width. */
  public static ModelSpec of(String arch) {
    return new ModelSpec(arch, List.of(), 0, 1.0, "A", true, true);
  }

  public ModelSpec withDepth(int depth) {
    return new ModelSpec(arch, hidden, depth, widthMultiplier, shortcut, dropout, outputBias);
  }

  public ModelSpec withWidthMultiplier(double m) {
    return new ModelSpec(arch, hidden, depth, m, shortcut, dropout, outputBias);
  }

  public ModelSpec withShortcut(String s) {
    return new ModelSpec(arch, hidden, depth, widthMultiplier, s, dropout, outputBias);
  }

  public ModelSpec withDropout(boolean d) {
    return new ModelSpec(arch, hidden, depth, widthMultiplier, shortcut, d, outputBias);
  }
}
