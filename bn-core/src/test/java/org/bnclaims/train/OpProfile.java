package org.bnclaims.train;

import ai.djl.pytorch.jni.JniUtils;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where a workload's time goes, per kind of native op, from PyTorch's own profiler (a Chrome trace
 * through DJL): each op's self time (its time minus its children's), summed by {@link Kind}. What
 * the trace does not cover (Java, JNI crossings, DJL's NDArray bookkeeping, the profiler's own
 * cost) is the wall time minus the sum, reported as "outside native ops".
 */
final class OpProfile {

  /** Op kinds, matched by aten name in this order. */
  enum Kind {
    CONV_FORWARD("mkldnn_convolution", "slow_conv2d_forward", "_convolution"),
    CONV_BACKWARD("convolution_backward"),
    MATMUL("aten::mm", "aten::addmm", "aten::bmm", "aten::matmul"),
    BATCH_NORM("batch_norm"),
    POOLING("pool"),
    RELU("relu", "clamp_min", "threshold_backward"),
    LOSS("softmax"),
    LAYOUT_COPIES("copy_", "clone", "contiguous", "reshape", "permute", "transpose"),
    ELEMENTWISE_AND_OPTIMIZER("add", "sub", "mul", "div", "fill_", "zero_", "sum", "abs"),
    OTHER();

    final String[] needles;

    Kind(String... needles) {
      this.needles = needles;
    }

    static Kind of(String op) {
      for (Kind k : values()) {
        for (String n : k.needles) {
          if (op.contains(n)) {
            return k;
          }
        }
      }
      return OTHER;
    }
  }

  /** Milliseconds of native self time per kind, and the biggest single ops. */
  record Breakdown(double wallMs, Map<Kind, Double> kindMs, List<Map.Entry<String, Double>> top) {

    double nativeMs() {
      return kindMs.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** Lines for the benchmark's output, per {@code steps} training steps. */
    List<String> describe(String title, int steps) {
      List<String> out = new ArrayList<>();
      out.add(
          String.format(
              Locale.ROOT,
              "  %s: %.3f ms per step (profiled wall, %d steps)",
              title,
              wallMs / steps,
              steps));
      for (Map.Entry<Kind, Double> e : kindMs.entrySet()) {
        if (e.getValue() > 0) {
          out.add(
              String.format(
                  Locale.ROOT,
                  "    %-26s %8.3f ms/step %5.1f%%",
                  e.getKey().name().toLowerCase(Locale.ROOT),
                  e.getValue() / steps,
                  100 * e.getValue() / wallMs));
        }
      }
      double outside = Math.max(0, wallMs - nativeMs());
      out.add(
          String.format(
              Locale.ROOT,
              "    %-26s %8.3f ms/step %5.1f%%",
              "outside native ops (Java, JNI, DJL, profiler)",
              outside / steps,
              100 * outside / wallMs));
      StringBuilder t = new StringBuilder("    top ops:");
      for (Map.Entry<String, Double> e : top) {
        t.append(
            String.format(Locale.ROOT, " %s %.1f%%,", e.getKey(), 100 * e.getValue() / wallMs));
      }
      out.add(t.substring(0, t.length() - 1));
      return out;
    }
  }

  private OpProfile() {}

  /** A workload to profile. */
  record Work(String title, int steps, Runnable run) {}

  /**
   * Runs every workload in one profiler session (starting and stopping DJL's legacy profiler again
   * and again crashed the JVM in backward) and breaks each one's time down: events are assigned to
   * workloads by time, with a pause between workloads to keep them apart.
   */
  static List<String> profile(List<Work> works) throws IOException, InterruptedException {
    Path trace = Files.createTempFile("bn-profile", ".json");
    double[][] windows = new double[works.size()][2];
    try {
      JniUtils.startProfile(false, false, false);
      long origin = System.nanoTime();
      try {
        for (int i = 0; i < works.size(); i++) {
          Thread.sleep(GAP_MILLIS);
          windows[i][0] = (System.nanoTime() - origin) / 1e3;
          works.get(i).run().run();
          windows[i][1] = (System.nanoTime() - origin) / 1e3;
        }
      } finally {
        JniUtils.stopProfile(trace.toString());
      }
      JsonNode events = new ObjectMapper().readTree(trace.toFile());
      double first = Double.MAX_VALUE;
      for (JsonNode e : events) {
        if ("X".equals(e.path("ph").asText())) {
          first = Math.min(first, e.path("ts").asDouble());
        }
      }
      double shift = first - windows[0][0]; // the trace's clock minus ours
      List<String> out = new ArrayList<>();
      for (int i = 0; i < works.size(); i++) {
        double from = windows[i][0] + shift - GAP_MILLIS * 500.0;
        double to = windows[i][1] + shift + GAP_MILLIS * 500.0;
        Breakdown b = aggregate(events, (windows[i][1] - windows[i][0]) / 1e3, from, to);
        out.addAll(b.describe(works.get(i).title(), works.get(i).steps()));
      }
      return out;
    } finally {
      Files.deleteIfExists(trace);
    }
  }

  private static final long GAP_MILLIS = 200;

  private record Event(String name, double ts, double dur, String thread) {}

  static Breakdown aggregate(JsonNode events, double wallMs, double fromUs, double toUs) {
    Map<String, List<Event>> byThread = new LinkedHashMap<>();
    for (JsonNode e : events) {
      if (!"X".equals(e.path("ph").asText()) || !e.has("dur")) {
        continue;
      }
      double ts = e.path("ts").asDouble();
      if (ts < fromUs || ts > toUs) {
        continue;
      }
      String thread = e.path("pid").asText() + "/" + e.path("tid").asText();
      byThread
          .computeIfAbsent(thread, k -> new ArrayList<>())
          .add(
              new Event(
                  e.path("name").asText(),
                  e.path("ts").asDouble(),
                  e.path("dur").asDouble(),
                  thread));
    }
    Map<String, Double> self = new LinkedHashMap<>();
    for (List<Event> list : byThread.values()) {
      list.sort(
          Comparator.comparingDouble(Event::ts)
              .thenComparing(Event::dur, Comparator.reverseOrder()));
      List<Event> stack = new ArrayList<>();
      Map<Event, Double> children = new IdentityHashMap<>();
      for (Event e : list) {
        while (!stack.isEmpty()) {
          Event top = stack.get(stack.size() - 1);
          if (top.ts() + top.dur() <= e.ts()) {
            stack.remove(stack.size() - 1);
          } else {
            break;
          }
        }
        if (!stack.isEmpty()) {
          children.merge(stack.get(stack.size() - 1), e.dur(), Double::sum);
        }
        stack.add(e);
      }
      for (Event e : list) {
        self.merge(e.name(), (e.dur() - children.getOrDefault(e, 0.0)) / 1000, Double::sum);
      }
    }
    Map<Kind, Double> kinds = new LinkedHashMap<>();
    for (Kind k : Kind.values()) {
      kinds.put(k, 0.0);
    }
    self.forEach((name, ms) -> kinds.merge(Kind.of(name), ms, Double::sum));
    List<Map.Entry<String, Double>> top =
        self.entrySet().stream()
            .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
            .limit(6)
            .toList();
    return new Breakdown(wallMs, kinds, top);
  }
}
