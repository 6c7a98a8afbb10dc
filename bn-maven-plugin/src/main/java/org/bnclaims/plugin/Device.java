package org.bnclaims.plugin;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

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
    throw ForkSettings.rejected(
        "bn.device",
        value,
        Arrays.stream(values()).map(Device::property).collect(Collectors.joining(", ")));
  }

  String property() {
    return name().toLowerCase(Locale.ROOT);
  }
}
