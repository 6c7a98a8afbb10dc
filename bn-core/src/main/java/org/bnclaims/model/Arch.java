package org.bnclaims.model;

import ai.djl.nn.Block;
import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The registry of architectures, by {@code ModelSpec.arch} name. */
enum Arch {
  MLP("mlp", PlainNets::mlp),
  THREE_C3D("3c3d", PlainNets::threeC3d),
  ALL_CNN_C("allcnnc", PlainNets::allCnnC),
  RESNET("resnet", ResidualNets::resnet),
  VGG_RES("vgg-res", ResidualNets::vggRes),
  CONV4("conv4", PlainNets::conv4);

  final String id;
  final Function<NetBuilder, Block> builder;

  Arch(String id, Function<NetBuilder, Block> builder) {
    this.id = id;
    this.builder = builder;
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
