package org.bnclaims.data;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A dataset ready for training: the subset drawn, per-channel statistics computed on the training
 * split, and a {@link #fill} that writes normalized, optionally augmented batches.
 *
 * <p>Normalization maps a pixel {@code v} of channel {@code c} to {@code (v/255 - mean[c]) /
 * std[c]} through a 256-entry table per channel; with normalization off, {@code mean = 0} and
 * {@code std = 1}. Augmentation (training split only) is a random crop after zero padding by {@code
 * padCrop} pixels, then a horizontal flip with probability 1/2, as in the usual CIFAR pipeline
 * ({@code RandomCrop(padding)} then {@code RandomHorizontalFlip}). Padding is a black pixel (value
 * 0) normalized like any other. Per image the stream draws, in this order: the vertical offset, the
 * horizontal offset (each uniform in {@code -padCrop..padCrop}, only when {@code padCrop > 0}) and
 * the flip (only when flipping is on). Instances are immutable and safe to share between threads.
 */
public final class PreparedData {
  private final DataDescription description;
  private final ImageSet train;
  private final ImageSet test;
  private final List<String> classNames;
  private final float[] mean;
  private final float[] std;
  private final boolean flip;
  private final int pad;
  private final float[] lut;

  /**
   * Takes the name, the synthetic flag and the preparation settings (normalize, flip, padCrop) from
   * {@code description}, which must describe {@code train} and {@code test}.
   */
  PreparedData(
      DataDescription description,
      ImageSet train,
      ImageSet test,
      List<String> classNames,
      float[] trainMean,
      float[] trainStd) {
    int padCrop = description.padCrop();
    if (padCrop >= Math.min(train.height(), train.width())) {
      throw new IllegalArgumentException(
          "padCrop " + padCrop + " outside 0.." + (Math.min(train.height(), train.width()) - 1));
    }
    checkDescribes(description, train, test);
    boolean normalize = description.normalize();
    this.description = description;
    this.train = train;
    this.test = test;
    this.classNames = List.copyOf(classNames);
    int c = train.channels();
    this.mean = normalize ? trainMean.clone() : new float[c];
    this.std = normalize ? trainStd.clone() : filled(c, 1f);
    this.flip = description.flip();
    this.pad = padCrop;
    this.lut = new float[c * 256];
    for (int ch = 0; ch < c; ch++) {
      for (int v = 0; v < 256; v++) {
        lut[ch * 256 + v] = (float) ((v / 255.0 - mean[ch]) / std[ch]);
      }
    }
  }

  /**
   * Per-channel mean and population SD of {@code set}'s pixels in units of {@code v/255}; an SD of
   * 0 (a constant channel) becomes 1 so normalization stays finite.
   */
  static float[][] channelStats(ImageSet set) {
    int c = set.channels();
    float[] m = new float[c];
    float[] s = new float[c];
    for (int ch = 0; ch < c; ch++) {
      long[] h = set.channelHistogram(ch);
      double n = 0;
      double sum = 0;
      double sq = 0;
      for (int v = 0; v < 256; v++) {
        n += h[v];
        sum += (double) v * h[v];
        sq += (double) v * v * h[v];
      }
      double mu = sum / n;
      double var = Math.max(0, sq / n - mu * mu);
      m[ch] = (float) (mu / 255.0);
      double sd = Math.sqrt(var) / 255.0;
      s[ch] = sd > 0 ? (float) sd : 1f;
    }
    return new float[][] {m, s};
  }

  private static float[] filled(int n, float v) {
    float[] a = new float[n];
    java.util.Arrays.fill(a, v);
    return a;
  }

  private static void checkDescribes(DataDescription d, ImageSet train, ImageSet test) {
    if (d.trainImages() != train.size()
        || d.testImages() != test.size()
        || d.channels() != train.channels()
        || d.height() != train.height()
        || d.width() != train.width()
        || test.channels() != train.channels()
        || test.height() != train.height()
        || test.width() != train.width()) {
      throw new IllegalArgumentException(
          "description {" + d.summary() + "} does not describe train " + train + ", test " + test);
    }
  }

  public String name() {
    return description.dataset();
  }

  /** True when this is the seeded synthetic stand-in, whose results are never evidence. */
  public boolean synthetic() {
    return description.synthetic();
  }

  /**
   * What data this is, for the report: the images used out of those found, their shape, the
   * preparation and the loader's notes (subset of the official files, re-encoded images, synthetic
   * stand-in). {@link DataDescription#summary()} prints it in one line.
   */
  public DataDescription description() {
    return description;
  }

  public int channels() {
    return train.channels();
  }

  public int height() {
    return train.height();
  }

  public int width() {
    return train.width();
  }

  public int classes() {
    return train.classes();
  }

  public int trainSize() {
    return train.size();
  }

  public int testSize() {
    return test.size();
  }

  public int trainLabel(int i) {
    return train.label(i);
  }

  public int testLabel(int i) {
    return test.label(i);
  }

  public List<String> classNames() {
    return classNames;
  }

  /** The training images (after the subset draw), read-only. */
  public ImageSet trainSet() {
    return train;
  }

  /** The test images (after the subset draw), read-only. */
  public ImageSet testSet() {
    return test;
  }

  /** Per-channel mean subtracted by {@link #fill}, in units of pixel/255 (a copy). */
  public float[] mean() {
    return mean.clone();
  }

  /** Per-channel SD divided by in {@link #fill}, in units of pixel/255 (a copy). */
  public float[] std() {
    return std.clone();
  }

  /**
   * Writes images {@code order[from..from+count)} of the training ({@code train=true}) or test
   * split into {@code dst} as normalized float NCHW ({@code count*C*H*W} values) and their labels
   * into {@code labels[0..count)}. Augmentation is applied only to the training split and only when
   * {@code augRng} is not null; for the test split {@code augRng} is ignored. Allocates nothing.
   */
  public void fill(
      boolean train,
      int[] order,
      int from,
      int count,
      float[] dst,
      float[] labels,
      SplittableRandom augRng) {
    ImageSet set = train ? this.train : this.test;
    int c = set.channels();
    int h = set.height();
    int w = set.width();
    int hw = h * w;
    int chw = c * hw;
    if (from < 0 || count < 0 || from + count > order.length) {
      throw new IndexOutOfBoundsException(
          "order[" + from + ".." + (from + count) + ") outside an order of " + order.length);
    }
    if (dst.length < (long) count * chw || labels.length < count) {
      throw new IllegalArgumentException(
          "dst holds "
              + dst.length
              + " floats and labels "
              + labels.length
              + "; need "
              + (long) count * chw
              + " and "
              + count);
    }
    byte[] raw = set.rawPixels();
    boolean augment = train && augRng != null && (flip || pad > 0);
    for (int k = 0; k < count; k++) {
      int idx = order[from + k];
      if (idx < 0 || idx >= set.size()) {
        throw new IndexOutOfBoundsException(
            "image index "
                + idx
                + " outside 0.."
                + (set.size() - 1)
                + " of the "
                + (train ? "training" : "test")
                + " split");
      }
      labels[k] = set.label(idx);
      int src = idx * chw;
      int out = k * chw;
      if (!augment) {
        for (int ch = 0; ch < c; ch++) {
          int base = ch << 8;
          int s = src + ch * hw;
          int o = out + ch * hw;
          for (int p = 0; p < hw; p++) {
            dst[o + p] = lut[base + (raw[s + p] & 0xff)];
          }
        }
        continue;
      }
      int dy = pad > 0 ? augRng.nextInt(2 * pad + 1) - pad : 0;
      int dx = pad > 0 ? augRng.nextInt(2 * pad + 1) - pad : 0;
      boolean mirror = flip && augRng.nextBoolean();
      for (int ch = 0; ch < c; ch++) {
        int base = ch << 8;
        float black = lut[base];
        int s = src + ch * hw;
        int o = out + ch * hw;
        for (int y = 0; y < h; y++) {
          int sy = y + dy;
          int row = o + y * w;
          if (sy < 0 || sy >= h) {
            java.util.Arrays.fill(dst, row, row + w, black);
            continue;
          }
          int srow = s + sy * w;
          // columns whose source pixel lies inside the image; the rest is padding
          int x0 = mirror ? Math.max(0, dx) : Math.max(0, -dx);
          int x1 = mirror ? Math.min(w, w + dx) : Math.min(w, w - dx);
          java.util.Arrays.fill(dst, row, row + x0, black);
          java.util.Arrays.fill(dst, row + x1, row + w, black);
          if (mirror) {
            int last = srow + w - 1 + dx;
            for (int x = x0; x < x1; x++) {
              dst[row + x] = lut[base + (raw[last - x] & 0xff)];
            }
          } else {
            int first = srow + dx;
            for (int x = x0; x < x1; x++) {
              dst[row + x] = lut[base + (raw[first + x] & 0xff)];
            }
          }
        }
      }
    }
  }
}
