package org.bnclaims.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.ParallelBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.pooling.Pool;
import java.util.List;

/**
 * The architectures with skip connections: the CIFAR ResNet of He et al. (6n+2 layers,
 * docs/architectures.md section 6) and a VGG-style net with residual connections (document 003).
 *
 * <p>All use Kaiming normal weights (fan_in, ReLU gain) as akamaster and open_lth do, conv biases 0
 * where a conv keeps its bias (no normalization after it; the references have none because they
 * always normalize), and torch's default output bias.
 */
final class ResidualNets {

  /** ResNet blocks per stage when ModelSpec.depth is 0: ResNet-20. */
  static final int DEFAULT_RESNET_BLOCKS = 3;

  /** vgg-res residual units per stage when ModelSpec.depth is 0: 4 x (1 + 2*4) + 1 = 37 layers. */
  static final int DEFAULT_VGG_UNITS = 4;

  static final int[] RESNET_WIDTHS = {16, 32, 64};
  static final int[] VGG_WIDTHS = {64, 128, 256, 512};

  private ResidualNets() {}

  /**
   * CIFAR ResNet-(6n+2): conv3x3(16) -> norm -> ReLU; three stages of n basic blocks with 16/32/64
   * channels (first block of stages 2 and 3 strided); global average pool; dense K. Normalizable
   * layers: the stem (0) and the two convs of each block (1..6n); output dense is 6n+1. An option-B
   * projection's norm follows the placement of its block's second conv.
   */
  static Block resnet(NetBuilder b) {
    String option = b.model.shortcut().key();
    if (!option.equals("A") && !option.equals("B")) {
      throw new IllegalArgumentException(
          "ModelSpec.shortcut must be A or B for resnet, got '" + option + "'");
    }
    int n = b.model.depth() > 0 ? b.model.depth() : DEFAULT_RESNET_BLOCKS;
    int h = 6 * n + 1;
    SequentialBlock seq = new SequentialBlock();
    int in = b.width(RESNET_WIDTHS[0]);
    seq.add(b.conv("conv1", in, 3, 1, 1, b.normAt(0, h), Init.KAIMING_NORMAL, zero(), false));
    seq.add(b.relu("conv1.relu", in));
    int idx = 1;
    for (int s = 0; s < RESNET_WIDTHS.length; s++) {
      int planes = b.width(RESNET_WIDTHS[s]);
      for (int k = 0; k < n; k++) {
        int stride = s > 0 && k == 0 ? 2 : 1;
        String name = "layer" + (s + 1) + "." + k;
        seq.add(basicBlock(b, name, in, planes, stride, idx, h, option));
        seq.add(b.relu(name + ".relu", planes));
        in = planes;
        idx += 2;
      }
    }
    seq.add(NetBuilder.globalAvgPool());
    seq.add(
        b.dense("fc", b.classes, b.normAt(h, h), Init.KAIMING_NORMAL, Init.torchBias(null), true));
    return seq;
  }

  private static Block basicBlock(
      NetBuilder b, String name, int in, int planes, int stride, int idx, int h, String option) {
    SequentialBlock main = new SequentialBlock();
    main.add(
        b.conv(
            name + ".conv1",
            planes,
            3,
            stride,
            1,
            b.normAt(idx, h),
            Init.KAIMING_NORMAL,
            zero(),
            false));
    main.add(b.relu(name + ".conv1.relu", planes));
    main.add(
        b.conv(
            name + ".conv2",
            planes,
            3,
            1,
            1,
            b.normAt(idx + 1, h),
            Init.KAIMING_NORMAL,
            zero(),
            false));
    Block shortcut;
    if (stride == 1 && in == planes) {
      shortcut = LambdaBlock.singleton(NetBuilder::identity, "identity");
    } else if (option.equals("A")) {
      shortcut = optionA(stride, planes - in);
    } else {
      shortcut =
          b.conv(
              name + ".shortcut",
              planes,
              1,
              stride,
              0,
              b.normAt(idx + 1, h),
              Init.KAIMING_NORMAL,
              zero(),
              false);
    }
    return add(main, shortcut);
  }

  /**
   * Option A (akamaster): every {@code stride}-th pixel, then {@code extra} zero channels split
   * over both sides (planes/4 each side when the channels double).
   */
  private static Block optionA(int stride, int extra) {
    int front = extra / 2;
    int back = extra - front;
    String step = "::" + stride;
    return LambdaBlock.singleton(
        x -> x.get(":, :, " + step + ", " + step).pad(new Shape(0, 0, 0, 0, front, back), 0),
        "shortcutA");
  }

  private static Block add(Block main, Block shortcut) {
    return new ParallelBlock(
        (List<NDList> outs) -> {
          NDArray sum = outs.get(0).singletonOrThrow().add(outs.get(1).singletonOrThrow());
          return new NDList(sum);
        },
        List.of(main, shortcut));
  }

  /**
   * VGG-style net with residual connections (document 003, section 6, "VGG-38 with residual
   * connections"; the text gives no layer list, so this is our small documented design): four
   * stages with 64/128/256/512 channels; each stage is a conv3x3 -> norm -> ReLU that sets the
   * width, then {@code depth} residual units [conv-norm-ReLU-conv-norm + identity, ReLU]; 2x2 max
   * pool between stages; global average pool; dense K. Normalizable layers are the 4*(1+2*depth)
   * convs in forward order; the output dense is the last index.
   */
  static Block vggRes(NetBuilder b) {
    int d = b.model.depth() > 0 ? b.model.depth() : DEFAULT_VGG_UNITS;
    int h = VGG_WIDTHS.length * (1 + 2 * d);
    SequentialBlock seq = new SequentialBlock();
    int idx = 0;
    for (int s = 0; s < VGG_WIDTHS.length; s++) {
      int w = b.width(VGG_WIDTHS[s]);
      String stage = "stage" + (s + 1);
      seq.add(
          b.conv(
              stage + ".conv0",
              w,
              3,
              1,
              1,
              b.normAt(idx++, h),
              Init.KAIMING_NORMAL,
              zero(),
              false));
      seq.add(b.relu(stage + ".conv0.relu", w));
      for (int u = 0; u < d; u++) {
        String name = stage + ".unit" + u;
        SequentialBlock main = new SequentialBlock();
        main.add(
            b.conv(
                name + ".conv1",
                w,
                3,
                1,
                1,
                b.normAt(idx++, h),
                Init.KAIMING_NORMAL,
                zero(),
                false));
        main.add(b.relu(name + ".conv1.relu", w));
        main.add(
            b.conv(
                name + ".conv2",
                w,
                3,
                1,
                1,
                b.normAt(idx++, h),
                Init.KAIMING_NORMAL,
                zero(),
                false));
        seq.add(add(main, LambdaBlock.singleton(NetBuilder::identity, "identity")));
        seq.add(b.relu(name + ".relu", w));
      }
      if (s < VGG_WIDTHS.length - 1) {
        seq.add(Pool.maxPool2dBlock(new Shape(2, 2), new Shape(2, 2)));
      }
    }
    seq.add(NetBuilder.globalAvgPool());
    seq.add(
        b.dense("fc", b.classes, b.normAt(h, h), Init.KAIMING_NORMAL, Init.torchBias(null), true));
    return seq;
  }

  private static Init zero() {
    return Init.constant(0);
  }
}
