package org.bnclaims.train;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.bnclaims.model.Network;
import org.bnclaims.probe.NormRecorder;
import org.bnclaims.run.EpochMetrics;

/**
 * One seed's own part of a training loop that may train several seeds side by side: its data order
 * and augmentation streams, its batch buffers, its running loss and accuracy, its recorded epochs
 * and whether (and when) it diverged. Nothing here is shared between seeds.
 */
final class SeedTrack {

  final int index;
  final long seed;
  final NormRecorder recorder;
  final List<EpochMetrics> epochs = new ArrayList<>();
  private final int[] order;
  private final SplittableRandom orderRng;
  private final SplittableRandom augRng;
  private final float[] x;
  private final float[] y;

  /** This epoch's summed loss, correct count and example count. */
  double[] acc = new double[3];

  private boolean diverged;
  private int divergedEpoch = -1;
  private Network frozen;

  SeedTrack(
      int index, long seed, int trainSize, int batchFloats, int batch, NormRecorder recorder) {
    this.index = index;
    this.seed = seed;
    this.recorder = recorder;
    this.order = new int[trainSize];
    for (int i = 0; i < trainSize; i++) {
      order[i] = i;
    }
    this.orderRng = Seeds.stream(seed, Seeds.ORDER);
    this.augRng = Seeds.stream(seed, Seeds.AUGMENT);
    this.x = new float[batchFloats];
    this.y = new float[batch];
  }

  /** Starts an epoch: a fresh accumulator and a Fisher-Yates shuffle of the order. */
  void startEpoch() {
    acc = new double[3];
    for (int i = order.length - 1; i > 0; i--) {
      int j = orderRng.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
  }

  int[] order() {
    return order;
  }

  SplittableRandom augRng() {
    return augRng;
  }

  /** The image buffer of a full batch; a shorter last batch gets its own. */
  float[] images(int floats) {
    return floats == x.length ? x : new float[floats];
  }

  /** The label buffer of a full batch; a shorter last batch gets its own. */
  float[] labels(int count) {
    return count == y.length ? y : new float[count];
  }

  boolean active() {
    return !diverged;
  }

  boolean diverged() {
    return diverged;
  }

  int divergedEpoch() {
    return divergedEpoch;
  }

  /**
   * Marks the seed diverged in {@code epoch}; {@code state} is its network as it stood (a one-seed
   * copy when it trained in a batch), which its probes then read.
   */
  void diverge(int epoch, Network state) {
    diverged = true;
    divergedEpoch = epoch;
    frozen = state;
  }

  /** The network a diverged seed stopped with, or null. */
  Network frozen() {
    return frozen;
  }
}
