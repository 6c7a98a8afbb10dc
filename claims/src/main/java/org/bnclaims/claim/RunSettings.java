package org.bnclaims.claim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.bnclaims.spec.CanonicalJson;
import org.bnclaims.spec.RunSpec;

/**
 * Describes what a claim ran for the report's "run setting", from the specs' canonical JSON: every
 * component that differs from its baseline appears, so a knob added to a spec shows up here without
 * a change to this class, and nothing that ran can be left out of the text by hand.
 *
 * <p>Per spec part, the distinct texts across all specs in the order they first ran, then the
 * seeds. A few components have a short form (dataset and subset, MLP widths, normalization variant,
 * optimizer and learning rate, batch size, epochs); every other one is its name and value ({@code
 * momentum 0.9}, {@code flip}, {@code no normalize}, {@code placement(every 2 kind EVERY_K)}).
 */
final class RunSettings {

  private static final ObjectMapper JSON = new ObjectMapper();

  private RunSettings() {}

  static String describe(List<RunSpec> specs, List<Long> seeds) {
    if (specs.isEmpty()) {
      return "nothing ran";
    }
    List<JsonNode> canonical = specs.stream().map(RunSettings::canonical).toList();
    List<String> parts = new ArrayList<>();
    parts.add(distinct(specs, canonical, (s, j) -> data(s, j.path("data"))));
    parts.add(distinct(specs, canonical, (s, j) -> model(j.path("model"))));
    parts.add("norm " + distinct(specs, canonical, (s, j) -> norm(s, j.path("norm"))));
    parts.add(distinct(specs, canonical, (s, j) -> optim(s, j.path("optim"))));
    parts.add("batch " + distinct(specs, canonical, (s, j) -> j.path("train").path("batchSize")));
    String epochs = distinct(specs, canonical, (s, j) -> j.path("train").path("epochs"));
    parts.add(epochs + (epochs.equals("1") ? " epoch" : " epochs"));
    String train =
        distinct(specs, canonical, (s, j) -> rest(j.path("train"), "batchSize", "epochs"));
    if (!train.isEmpty()) {
      parts.add(train);
    }
    String probes = distinct(specs, canonical, (s, j) -> rest(j.path("probes")));
    if (!probes.isEmpty()) {
      parts.add("probes " + probes);
    }
    parts.add(
        seeds.size()
            + (seeds.size() == 1 ? " seed" : " seeds")
            + (seeds.isEmpty()
                ? ""
                : " (" + seeds.get(0) + "-" + seeds.get(seeds.size() - 1) + ")"));
    return String.join("; ", parts);
  }

  private static JsonNode canonical(RunSpec s) {
    try {
      return JSON.readTree(CanonicalJson.of(s));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("canonical JSON did not parse: " + CanonicalJson.of(s), e);
    }
  }

  /** The distinct non-empty texts of {@code f} over the specs, in first-seen order. */
  private static String distinct(
      List<RunSpec> specs, List<JsonNode> canonical, BiFunction<RunSpec, JsonNode, Object> f) {
    Set<String> values = new LinkedHashSet<>();
    for (int i = 0; i < specs.size(); i++) {
      Object v = f.apply(specs.get(i), canonical.get(i));
      values.add(v instanceof JsonNode n ? value(n) : String.valueOf(v));
    }
    values.remove("");
    return String.join(", ", values);
  }

  private static String data(RunSpec s, JsonNode d) {
    String name = s.data().dataset();
    StringBuilder b = new StringBuilder(s.data().synthetic() ? "synthetic stand-in for " : "");
    b.append(name);
    if (d.has("trainPerClass") || d.has("testPerClass")) {
      b.append(' ')
          .append(perClass(d.path("trainPerClass")))
          .append('/')
          .append(perClass(d.path("testPerClass")))
          .append(" per class (train/test)");
    } else {
      b.append(" (full)");
    }
    return join(b.toString(), rest(d, "dataset", "synthetic", "trainPerClass", "testPerClass"));
  }

  private static String perClass(JsonNode n) {
    return n.isMissingNode() ? "all" : n.asText();
  }

  private static String model(JsonNode m) {
    String arch = m.path("arch").asText();
    String head;
    if (arch.equals("mlp")) {
      List<String> widths = new ArrayList<>();
      m.path("hidden").forEach(w -> widths.add(w.asText()));
      head = "MLP " + (widths.isEmpty() ? "(no hidden layer)" : String.join("-", widths));
    } else {
      head = arch;
    }
    return join(head, rest(m, "arch", "hidden"));
  }

  private static String norm(RunSpec s, JsonNode n) {
    return join(s.norm().variant().name(), rest(n, "variant"));
  }

  private static String optim(RunSpec s, JsonNode o) {
    String head = s.optim().optimizer().key() + " lr " + value(o.path("lr"));
    return join(head, rest(o, "optimizer", "lr"));
  }

  /** Every component of {@code part} but {@code shown}, as {@code name value}, space-separated. */
  private static String rest(JsonNode part, String... shown) {
    if (!(part instanceof ObjectNode o)) {
      return "";
    }
    ObjectNode left = o.deepCopy();
    left.remove(List.of(shown));
    List<String> items = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = left.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      items.add(item(e.getKey(), e.getValue()));
    }
    return String.join(" ", items);
  }

  private static String item(String name, JsonNode v) {
    if (v.isBoolean()) {
      return v.asBoolean() ? name : "no " + name;
    }
    if (v.isObject()) {
      return name + "(" + rest(v) + ")";
    }
    return name + " " + value(v);
  }

  /** A value as text: integers as written, other numbers with three significant digits. */
  private static String value(JsonNode v) {
    if (v.isIntegralNumber()) {
      return v.asText();
    }
    if (v.isNumber()) {
      return Fmt.num(v.asDouble());
    }
    if (v.isArray()) {
      List<String> items = new ArrayList<>();
      v.forEach(e -> items.add(value(e)));
      return "[" + String.join(", ", items) + "]";
    }
    return v.isMissingNode() ? "" : v.asText();
  }

  private static String join(String head, String rest) {
    return rest.isEmpty() ? head : head + " " + rest;
  }
}
