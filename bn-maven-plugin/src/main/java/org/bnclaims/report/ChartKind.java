package org.bnclaims.report;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The registry of chart types a verdict may ask for (see {@link org.bnclaims.verdict.Chart}). */
enum ChartKind {
  LINE("line", 560, 300),
  BAR("bar", 560, 300),
  HEATMAP("heatmap", 360, 280),
  IMAGES("images", 560, 0);

  final String key;
  final int width;
  final int height;

  ChartKind(String key, int width, int height) {
    this.key = key;
    this.width = width;
    this.height = height;
  }

  /** The kind named {@code key}; unknown names fail with the list of valid ones. */
  static ChartKind of(String key, String where) {
    for (ChartKind k : values()) {
      if (k.key.equals(key)) {
        return k;
      }
    }
    throw new IllegalArgumentException(
        where
            + ": unknown chart type '"
            + key
            + "'; valid types: "
            + Arrays.stream(values()).map(k -> k.key).collect(Collectors.joining(", ")));
  }
}
