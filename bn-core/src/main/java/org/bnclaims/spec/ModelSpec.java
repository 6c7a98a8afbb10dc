package org.bnclaims.spec;

import java.util.List;

/**
 * The network: an architecture from the model zoo and its size.
 *
 * @param arch registry name: {@code mlp}, {@code 3c3d}, {@code allcnnc}, {@code resnet}, {@code
 *     vgg-res}, {@code conv4}
 * @param hidden widths of the hidden layers of an MLP (ignored by the other architectures)
 * @param depth depth parameter: for {@code resnet} the blocks per stage n (6n+2 layers), for {@code
 *     vgg-res} the number of blocks per stage; ignored elsewhere; 0 means the architecture's
 *     default
 * @param widthMultiplier multiplies every hidden width or channel count (reduced profiles)
 * @param shortcut {@code resnet} shortcut option
 * @param dropout whether the architecture's own dropout layers are active (ALL-CNN-C)
 * @param outputBias whether the output layer has a bias
 * @throws IllegalArgumentException for a blank architecture name, a hidden width below 1, a
 *     negative depth or a width multiplier that is not a finite number above 0, naming the field,
 *     the value and what is allowed; which names exist is the model registry's to say
 */
public record ModelSpec(
    String arch,
    List<Integer> hidden,
    int depth,
    double widthMultiplier,
    Shortcut shortcut,
    boolean dropout,
    boolean outputBias) {

  public ModelSpec {
    Check.name("ModelSpec.arch", arch);
    hidden = Check.integers("ModelSpec.hidden", hidden, 1, false);
    Check.atLeast("ModelSpec.depth", depth, 0);
    Check.positive("ModelSpec.widthMultiplier", widthMultiplier);
    Check.present("ModelSpec.shortcut", shortcut);
  }

  /** An MLP with the given hidden widths. */
  public static ModelSpec mlp(Integer... hidden) {
    return new ModelSpec("mlp", List.of(hidden), 0, 1.0, Shortcut.A, true, true);
  }

  /** A convolutional architecture at full width. */
  public static ModelSpec of(String arch) {
    return new ModelSpec(arch, List.of(), 0, 1.0, Shortcut.A, true, true);
  }

  public ModelSpec withDepth(int depth) {
    return new ModelSpec(arch, hidden, depth, widthMultiplier, shortcut, dropout, outputBias);
  }

  public ModelSpec withWidthMultiplier(double m) {
    return new ModelSpec(arch, hidden, depth, m, shortcut, dropout, outputBias);
  }

  public ModelSpec withShortcut(Shortcut s) {
    return new ModelSpec(arch, hidden, depth, widthMultiplier, s, dropout, outputBias);
  }

  /** {@link #withShortcut(Shortcut)} by key: {@code A} or {@code B}. */
  public ModelSpec withShortcut(String s) {
    return withShortcut(Shortcut.of(s));
  }

  public ModelSpec withDropout(boolean d) {
    return new ModelSpec(arch, hidden, depth, widthMultiplier, shortcut, d, outputBias);
  }
}
