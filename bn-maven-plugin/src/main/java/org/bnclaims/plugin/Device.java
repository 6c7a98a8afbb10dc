package org.bnclaims.plugin;

import java.util.Arrays;
import java.util.Locale;

/** Where the claims train ({@code bn.device}); unknown names fail with the valid ones. */
enum Device {
  CPU,
  GPU;

  static Device parse(String value) {
    for (Device d : values()) {
      if (d.name().equalsIgnoreCase(value == null ? "" : value.trim())) {
        return d;
      }
    }
    throw new IllegalArgumentException(
        "unknown bn.device '"
            + value
            + "'; valid values: "
            + Arrays.toString(values()).toLowerCase(Locale.ROOT));
  }

  String property() {
    return name().toLowerCase(Locale.ROOT);
  }
}
