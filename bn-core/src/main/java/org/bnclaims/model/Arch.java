package org.bnclaims.model;

import ai.djl.nn.Block;
import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The registry of architectures, by {@code ModelSpec.arch} name. */
enum Arch {
  MLP("mlp", PlainNets::mlp, true, false),
  THREE_C3D("3c3d", PlainNets::threeC3d, true, true),
  ALL_CNN_C("allcnnc", PlainNets::allCnnC, true, true),
  // Residual shortcuts (option A pads channels) would mix seed blocks: one seed per network.
  RESNET("resnet", ResidualNets::resnet, false, true),
  VGG_RES("vgg-res", ResidualNets::vggRes, false, true),
  CONV4("conv4", PlainNets::conv4, true, true);

  final String id;
  final Function<NetBuilder, Block> builder;

  /** Whether the architecture can train several seeds side by side ({@link Network#seeds()}). */
  final boolean batchesSeeds;

  /** Whether the network's input is laid out channels-last (convolutional networks). */
  final boolean channelsLast;

  Arch(String id, Function<NetBuilder, Block> builder, boolean batchesSeeds, boolean channelsLast) {
    this.id = id;
    this.builder = builder;
    this.batchesSeeds = batchesSeeds;
    this.channelsLast = channelsLast;
  }

  static String names() {
    return Arrays.stream(values()).map(a -> a.id).collect(Collectors.joining(", "));
  }

  static Arch of(String id) {
    for (Arch a : values()) {
      if (a.id.equals(id)) {
        return a;
      }
    }
    throw new IllegalArgumentException(
        "unknown architecture '" + id + "' in ModelSpec.arch; valid: " + names());
  }
}
