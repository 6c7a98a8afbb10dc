package org.bnclaims.claim;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bnclaims.spec.DataSpec;
import org.bnclaims.spec.EvalMode;
import org.bnclaims.spec.ModelSpec;
import org.bnclaims.spec.NormSpec;
import org.bnclaims.spec.OptimSpec;
import org.bnclaims.spec.Placement;
import org.bnclaims.spec.RunSpec;
import org.bnclaims.spec.TrainSpec;

/**
 * Describes what a claim ran, from the specs themselves, so the report's "run setting" cannot drift
 * from the code: the distinct values across all specs (dataset and subset, model, normalization
 * variants, optimizer and learning rate, batch sizes, epochs) and the seeds, in the order they
 * first ran.
 */
final class RunSettings {

  private RunSettings() {}

  static String describe(List<RunSpec> specs, List<Long> seeds) {
    if (specs.isEmpty()) {
      return "nothing ran";
    }
    List<String> parts = new ArrayList<>();
    parts.add(distinct(specs, s -> data(s.data())));
    parts.add(distinct(specs, s -> model(s.model())));
    parts.add("norm " + distinct(specs, s -> norm(s.norm())));
    parts.add(distinct(specs, s -> optim(s.optim())));
    parts.add("batch " + distinct(specs, s -> Integer.toString(s.train().batchSize())));
    String epochs = distinct(specs, s -> Integer.toString(s.train().epochs()));
    parts.add(epochs + (epochs.equals("1") ? " epoch" : " epochs"));
    String eval = distinct(specs, s -> eval(s.train()));
    if (!eval.isEmpty()) {
      parts.add(eval);
    }
    parts.add(
        seeds.size()
            + (seeds.size() == 1 ? " seed" : " seeds")
            + (seeds.isEmpty()
                ? ""
                : " (" + seeds.get(0) + "-" + seeds.get(seeds.size() - 1) + ")"));
    return String.join("; ", parts);
  }

  private static String distinct(List<RunSpec> specs, Function<RunSpec, String> f) {
    Set<String> values = new LinkedHashSet<>();
    specs.forEach(s -> values.add(f.apply(s)));
    values.remove("");
    return String.join(", ", values);
  }

  static String data(DataSpec d) {
    StringBuilder b = new StringBuilder();
    b.append(d.synthetic() ? "synthetic stand-in for " + d.dataset() : d.dataset());
    if (d.trainPerClass() > 0 || d.testPerClass() > 0) {
      b.append(" ")
          .append(perClass(d.trainPerClass()))
          .append("/")
          .append(perClass(d.testPerClass()))
          .append(" per class (train/test)");
    } else {
      b.append(" (full)");
    }
    if (d.flip()) {
      b.append(", flip");
    }
    if (d.padCrop() > 0) {
      b.append(", pad-crop ").append(d.padCrop());
    }
    if (d.imageSize() > 0) {
      b.append(", ").append(d.imageSize()).append(" px");
    }
    if (!d.normalize()) {
      b.append(", not standardized");
    }
    return b.toString();
  }

  private static String perClass(int n) {
    return n > 0 ? Integer.toString(n) : "all";
  }

  static String model(ModelSpec m) {
    StringBuilder b = new StringBuilder();
    if (m.arch().equals("mlp")) {
      b.append("MLP ")
          .append(
              m.hidden().isEmpty()
                  ? "(no hidden layer)"
                  : m.hidden().stream().map(String::valueOf).collect(Collectors.joining("-")));
    } else {
      b.append(m.arch());
      if (m.depth() > 0) {
        b.append(" depth ").append(m.depth());
      }
    }
    if (m.widthMultiplier() != 1.0) {
      b.append(" width x").append(Fmt.num(m.widthMultiplier()));
    }
    return b.toString();
  }

  static String norm(NormSpec n) {
    StringBuilder b = new StringBuilder(n.variant().name());
    if (n.variant() == org.bnclaims.spec.NormVariant.NONE) {
      return b.toString();
    }
    if (n.placement().kind() != Placement.Kind.ALL_HIDDEN) {
      b.append(" ").append(n.placement().kind().name().toLowerCase(java.util.Locale.ROOT));
    }
    if (n.epsilon() != NormSpec.DEFAULT_EPSILON) {
      b.append(" eps ").append(Fmt.num(n.epsilon()));
    }
    if (n.momentum() != NormSpec.DEFAULT_MOMENTUM) {
      b.append(" momentum ").append(Fmt.num(n.momentum()));
    }
    if (n.bnOnly()) {
      b.append(n.outputTrainable() ? " BN-only (output trains)" : " BN-only");
    }
    return b.toString();
  }

  static String optim(OptimSpec o) {
    StringBuilder b = new StringBuilder(o.optimizer().key()).append(" lr ").append(Fmt.num(o.lr()));
    if (o.momentum() > 0) {
      b.append(o.nesterov() ? " nesterov " : " momentum ").append(Fmt.num(o.momentum()));
    }
    if (o.weightDecay() > 0) {
      b.append(" wd ").append(Fmt.num(o.weightDecay()));
    }
    if (!o.milestones().isEmpty()) {
      b.append(" x").append(Fmt.num(o.lrFactor())).append(" at epochs ").append(o.milestones());
    }
    return b.toString();
  }

  private static String eval(TrainSpec t) {
    if (t.evalModes().equals(List.of(EvalMode.RUNNING))) {
      return "";
    }
    return "eval "
        + t.evalModes().stream()
            .map(m -> m.name().toLowerCase(java.util.Locale.ROOT))
            .collect(Collectors.joining("+"));
  }
}
