package org.bnclaims.model;

import ai.djl.nn.Block;
import java.util.Arrays;
import java.util.List;
import org.bnclaims.spec.ModelSpec;
import org.bnclaims.spec.NormSpec;

/** The model zoo's entry point: builds a {@link Network} from its specs. */
public final class Models {

  private Models() {}

  /** Whether {@code arch} can train several seeds as one network. */
  public static boolean batchesSeeds(String arch) {
    return Arch.of(arch).batchesSeeds;
  }

  private static String batchingNames() {
    return Arrays.stream(Arch.values())
        .filter(a -> a.batchesSeeds)
        .map(a -> a.id)
        .toList()
        .toString();
  }

  /** Registry names of every architecture. */
  public static List<String> names() {
    return Arrays.stream(Arch.values()).map(a -> a.id).toList();
  }

  /**
   * Builds (but does not initialize) the network {@code model} describes, normalized as {@code
   * norm} says, for {@code channels x height x width} input and {@code classes} outputs.
   *
   * @throws IllegalArgumentException for an unknown architecture (the message lists the valid ones)
   *     or an invalid size
   */
  public static Network build(
      ModelSpec model, NormSpec norm, int channels, int height, int width, int classes) {
    return build(model, norm, channels, height, width, classes, 1);
  }

  /**
   * Builds a network that trains {@code seeds} seeds side by side (see {@link Network}); {@code
   * channels} and {@code classes} are per seed.
   *
   * @throws IllegalArgumentException also when the architecture cannot batch seeds ({@link
   *     #batchesSeeds})
   */
  public static Network build(
      ModelSpec model, NormSpec norm, int channels, int height, int width, int classes, int seeds) {
    if (channels <= 0 || height <= 0 || width <= 0 || classes <= 0) {
      throw new IllegalArgumentException(
          "Models.build: channels, height, width and classes must be > 0, got "
              + List.of(channels, height, width, classes));
    }
    Arch arch = Arch.of(model.arch());
    if (seeds > 1 && !arch.batchesSeeds) {
      throw new IllegalArgumentException(
          model.arch() + " cannot train seeds side by side; only " + batchingNames() + " can");
    }
    NetBuilder b = new NetBuilder(model, norm, classes, seeds);
    Block root = arch.builder.apply(b);
    return b.finish(root, channels, height, width);
  }
}
