package org.bnclaims.data;

import java.util.Arrays;

/**
 * Immutable uint8 images with labels, each image stored channel-major ({@code C x H x W}), so one
 * loaded split can be shared read-only by every run in the JVM.
 */
public final class ImageSet {
  private final byte[] pixels;
  private final byte[] labels;
  private final int channels;
  private final int height;
  private final int width;
  private final int classes;

  /** Takes ownership of the arrays; callers inside the package never touch them again. */
  ImageSet(byte[] pixels, byte[] labels, int channels, int height, int width, int classes) {
    if (channels <= 0 || height <= 0 || width <= 0 || classes <= 0 || classes > 256) {
      throw new IllegalArgumentException(
          "bad image shape " + channels + "x" + height + "x" + width + " / classes " + classes);
    }
    long expected = (long) labels.length * channels * height * width;
    if (pixels.length != expected) {
      throw new IllegalArgumentException(
          pixels.length + " pixel bytes for " + labels.length + " images, expected " + expected);
    }
    for (int i = 0; i < labels.length; i++) {
      if ((labels[i] & 0xff) >= classes) {
        throw new IllegalArgumentException(
            "label " + (labels[i] & 0xff) + " at index " + i + " outside 0.." + (classes - 1));
      }
    }
    this.pixels = pixels;
    this.labels = labels;
    this.channels = channels;
    this.height = height;
    this.width = width;
    this.classes = classes;
  }

  /** Builds a set from copies of the given arrays (pixels {@code N*C*H*W}, labels {@code N}). */
  public static ImageSet copyOf(
      byte[] pixels, int[] labels, int channels, int height, int width, int classes) {
    byte[] l = new byte[labels.length];
    for (int i = 0; i < labels.length; i++) {
      if (labels[i] < 0 || labels[i] >= classes) {
        throw new IllegalArgumentException(
            "label " + labels[i] + " at index " + i + " outside 0.." + (classes - 1));
      }
      l[i] = (byte) labels[i];
    }
    return new ImageSet(pixels.clone(), l, channels, height, width, classes);
  }

  public int size() {
    return labels.length;
  }

  public int channels() {
    return channels;
  }

  public int height() {
    return height;
  }

  public int width() {
    return width;
  }

  public int classes() {
    return classes;
  }

  /** Bytes per image, {@code C*H*W}. */
  public int imageSize() {
    return channels * height * width;
  }

  public int label(int i) {
    return labels[i] & 0xff;
  }

  /** Number of images per class. */
  public int[] labelHistogram() {
    int[] h = new int[classes];
    for (byte b : labels) {
      h[b & 0xff]++;
    }
    return h;
  }

  /** Indices of the images of class {@code k}, ascending. */
  public int[] indicesOf(int k) {
    return java.util.stream.IntStream.range(0, size()).filter(i -> label(i) == k).toArray();
  }

  /** Pixel value 0..255 of image {@code i}, channel {@code c}, row {@code y}, column {@code x}. */
  public int pixel(int i, int c, int y, int x) {
    return pixels[((i * channels + c) * height + y) * width + x] & 0xff;
  }

  /** Copies image {@code i}'s bytes as 0..255 ints, channel-major. */
  public int[] image(int i) {
    int n = imageSize();
    int[] out = new int[n];
    for (int j = 0, o = i * n; j < n; j++) {
      out[j] = pixels[o + j] & 0xff;
    }
    return out;
  }

  /** Copies image {@code i}'s bytes as 0..255 floats, channel-major. */
  public float[] imageFloats(int i) {
    int n = imageSize();
    float[] out = new float[n];
    for (int j = 0, o = i * n; j < n; j++) {
      out[j] = pixels[o + j] & 0xff;
    }
    return out;
  }

  /** Histogram of the 256 pixel values of channel {@code c} over all images. */
  public long[] channelHistogram(int c) {
    long[] h = new long[256];
    int hw = height * width;
    for (int i = 0; i < size(); i++) {
      int o = (i * channels + c) * hw;
      for (int j = 0; j < hw; j++) {
        h[pixels[o + j] & 0xff]++;
      }
    }
    return h;
  }

  /** A new set holding images {@code indices} in that order. */
  public ImageSet subset(int[] indices) {
    int n = imageSize();
    byte[] p = new byte[indices.length * n];
    byte[] l = new byte[indices.length];
    for (int j = 0; j < indices.length; j++) {
      int i = indices[j];
      if (i < 0 || i >= size()) {
        throw new IndexOutOfBoundsException("subset index " + i + " outside 0.." + (size() - 1));
      }
      System.arraycopy(pixels, i * n, p, j * n, n);
      l[j] = labels[i];
    }
    return new ImageSet(p, l, channels, height, width, classes);
  }

  /** The backing pixels, never exposed outside the package (the hot path reads them directly). */
  byte[] rawPixels() {
    return pixels;
  }

  @Override
  public String toString() {
    return "ImageSet["
        + size()
        + " x "
        + channels
        + "x"
        + height
        + "x"
        + width
        + ", "
        + classes
        + " classes, histogram "
        + Arrays.toString(labelHistogram())
        + "]";
  }
}
