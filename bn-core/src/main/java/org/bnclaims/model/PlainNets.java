package org.bnclaims.model;

import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import java.util.List;

/**
 * The architectures without skip connections: MLP, DeepOBS 3C3D and ALL-CNN-C, and document 004's
 * small convnet. Layer lists follow docs/architectures.md sections 1, 2 and 4.
 */
final class PlainNets {

  /**
   * ALL-CNN-C conv bias init. DeepOBS uses 0.1; the thesis (document 002) changed it to 0.0 "for
   * comparison with beta" (DissectBatchNorm bn_models.py, plot directories "Bias_Init_00"). The
   * claims come from the thesis, so we follow it.
   */
  static final double ALLCNNC_BIAS_INIT = 0.0;

  /** DeepOBS 3C3D bias init (conv and dense). */
  static final double C3D_BIAS_INIT = 0.0;

  /** Document 004's small convnet: channels of its four stride-2 convolutions. */
  static final int[] CONV4_WIDTHS = {32, 64, 128, 256};

  private PlainNets() {}

  /**
   * MLP on the flattened input: hidden dense layers (normalizable 0..H-1), then the output layer
   * (index H). Initialized like torch.nn.Linear's default (U(+-1/sqrt(fan_in)) for weight and
   * bias), because the MLP claims (documents 000, 001) come from PyTorch code using the default.
   */
  static Block mlp(NetBuilder b) {
    List<Integer> hidden = b.model.hidden();
    if (hidden.isEmpty()) {
      throw new IllegalArgumentException("ModelSpec.hidden must list at least one width for mlp");
    }
    int h = hidden.size();
    SequentialBlock seq = new SequentialBlock().add(NetBuilder.flatten());
    for (int i = 0; i < h; i++) {
      int w = b.width(hidden.get(i));
      String name = "fc" + (i + 1);
      seq.add(b.dense(name, w, b.normAt(i, h), Init.TORCH_WEIGHT, Init.torchBias(null), false));
      seq.add(b.relu(name + ".relu", w));
    }
    seq.add(
        b.dense("out", b.classes, b.normAt(h, h), Init.TORCH_WEIGHT, Init.torchBias(null), true));
    return seq;
  }

  /**
   * DeepOBS 3C3D: conv5x5(64) VALID, conv3x3(96) VALID, conv3x3(128) SAME, each ReLU + 3x3/2
   * TF-SAME max pool; dense 512, 256, K. Normalizable slots: conv1..3, dense1..2 (the thesis'
   * 5-vector); the output dense is slot 5, used only by ALL_PLUS_LAST. Conv weights Xavier normal,
   * dense Xavier uniform, biases 0.
   */
  static Block threeC3d(NetBuilder b) {
    int h = 5;
    Init zero = Init.constant(C3D_BIAS_INIT);
    SequentialBlock seq = new SequentialBlock();
    int[] convOut = {b.width(64), b.width(96), b.width(128)};
    int[] kernel = {5, 3, 3};
    int[] pad = {0, 0, 1};
    for (int i = 0; i < 3; i++) {
      String name = "conv" + (i + 1);
      seq.add(
          b.conv(
              name,
              convOut[i],
              kernel[i],
              1,
              pad[i],
              b.normAt(i, h),
              Init.XAVIER_NORMAL,
              zero,
              false));
      seq.add(b.relu(name + ".relu", convOut[i]));
      seq.add(NetBuilder.tfSameMaxPool());
    }
    seq.add(NetBuilder.flatten());
    int[] denseOut = {b.width(512), b.width(256)};
    for (int i = 0; i < 2; i++) {
      String name = "dense" + (i + 1);
      seq.add(b.dense(name, denseOut[i], b.normAt(3 + i, h), Init.XAVIER_UNIFORM, zero, false));
      seq.add(b.relu(name + ".relu", denseOut[i]));
    }
    seq.add(b.dense("dense3", b.classes, b.normAt(h, h), Init.XAVIER_UNIFORM, zero, true));
    return seq;
  }

  /**
   * DeepOBS ALL-CNN-C: dropout 0.2 on the input; conv 96,96,96/s2; dropout 0.5; conv
   * 192,192,192/s2; dropout 0.5; conv 192 VALID, 1x1 192, 1x1 K; ReLU after every conv (including
   * conv9); spatial mean. Normalizable slots conv1..conv8; conv9 (the class maps) is the output
   * layer, normalized (before its ReLU) only with ALL_PLUS_LAST (document 002, 4.1.3). Xavier
   * normal weights, biases {@link #ALLCNNC_BIAS_INIT}.
   */
  static Block allCnnC(NetBuilder b) {
    int h = 8;
    Init bias = Init.constant(ALLCNNC_BIAS_INIT);
    int c1 = b.width(96);
    int c2 = b.width(192);
    SequentialBlock seq = new SequentialBlock();
    b.dropout(seq, 0.2);
    int[] out = {c1, c1, c1, c2, c2, c2, c2, c2};
    int[] stride = {1, 1, 2, 1, 1, 2, 1, 1};
    int[] kernel = {3, 3, 3, 3, 3, 3, 3, 1};
    int[] pad = {1, 1, 0, 1, 1, 0, 0, 0};
    for (int i = 0; i < h; i++) {
      String name = "conv" + (i + 1);
      if (stride[i] == 2) {
        seq.add(NetBuilder.tfSamePad(3, 2));
      }
      seq.add(
          b.conv(
              name,
              out[i],
              kernel[i],
              stride[i],
              pad[i],
              b.normAt(i, h),
              Init.XAVIER_NORMAL,
              bias,
              false));
      seq.add(b.relu(name + ".relu", out[i]));
      if (i == 2 || i == 5) {
        b.dropout(seq, 0.5);
      }
    }
    seq.add(b.conv("conv9", b.classes, 1, 1, 0, b.normAt(h, h), Init.XAVIER_NORMAL, bias, true));
    seq.add(b.relu("conv9.relu", b.classes));
    seq.add(NetBuilder.globalAvgPool());
    return seq;
  }

  /**
   * Document 004's "small 4 layer convolutional network" (the text gives no layer list; our
   * reading): 4 x [conv3x3 stride 2 pad 1 -> norm -> ReLU] with 32/64/128/256 channels, global
   * average pool, dense K. Kaiming normal weights, conv biases 0, torch-default output bias.
   */
  static Block conv4(NetBuilder b) {
    int h = CONV4_WIDTHS.length;
    SequentialBlock seq = new SequentialBlock();
    for (int i = 0; i < h; i++) {
      int w = b.width(CONV4_WIDTHS[i]);
      String name = "conv" + (i + 1);
      seq.add(
          b.conv(name, w, 3, 2, 1, b.normAt(i, h), Init.KAIMING_NORMAL, Init.constant(0), false));
      seq.add(b.relu(name + ".relu", w));
    }
    seq.add(NetBuilder.globalAvgPool());
    seq.add(
        b.dense("fc", b.classes, b.normAt(h, h), Init.KAIMING_NORMAL, Init.torchBias(null), true));
    return seq;
  }
}
