package org.bnclaims.claim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;
import org.bnclaims.probe.LayerActivity;
import org.bnclaims.probe.NormParams;
import org.bnclaims.run.EpochMetrics;
import org.bnclaims.run.RunResult;
import org.bnclaims.stats.Decision;
import org.bnclaims.verdict.Chart;
import org.bnclaims.verdict.Picture;
import org.bnclaims.verdict.Series;

/**
 * Figures for a claim's report section, built from {@link Arm}s and decisions; pure functions, so a
 * chart shows exactly what ran. Curves and bars carry mean +- SD over seeds unless they say
 * otherwise; estimate bars carry the 90% decision interval.
 */
public final class Charts {

  private Charts() {}

  /** Test accuracy (%, headline eval mode) per epoch, one line per arm, band = SD over seeds. */
  public static Chart testAccuracyCurves(Arm... arms) {
    return curves(
        "Test accuracy (band = SD over seeds)",
        "test accuracy (%)",
        e -> 100 * e.test().get(0).accuracy(),
        arms);
  }

  /** Mean training loss per epoch, one line per arm, band = SD over seeds. */
  public static Chart trainLossCurves(Arm... arms) {
    return curves(
        "Training loss (band = SD over seeds)", "training loss", EpochMetrics::trainLoss, arms);
  }

  /**
   * Any per-epoch metric as one line per arm over epochs, band = SD over seeds; a run that diverged
   * early leaves the later epochs to the runs that reached them.
   */
  public static Chart curves(
      String title, String yLabel, ToDoubleFunction<EpochMetrics> f, Arm... arms) {
    List<Series> series = new ArrayList<>();
    for (Arm arm : arms) {
      int epochs = arm.results().stream().mapToInt(r -> r.epochs().size()).max().orElse(0);
      List<Double> x = new ArrayList<>();
      List<Double> y = new ArrayList<>();
      List<Double> lo = new ArrayList<>();
      List<Double> hi = new ArrayList<>();
      for (int e = 0; e < epochs; e++) {
        int epoch = e;
        // A diverged run stops early: later epochs average the runs that reached them.
        double[] v =
            arm.results().stream()
                .filter(r -> r.epochs().size() > epoch)
                .mapToDouble(r -> f.applyAsDouble(r.epochs().get(epoch)))
                .toArray();
        double[] ms = meanSd(v);
        x.add((double) (e + 1));
        y.add(ms[0]);
        lo.add(ms[0] - ms[1]);
        hi.add(ms[0] + ms[1]);
      }
      series.add(new Series(arm.name(), x, y, lo, hi));
    }
    return new Chart("line", title, "epoch", yLabel, false, List.of(), series, null, 0, List.of());
  }

  /**
   * One bar per test with its estimate and 90% decision interval, e.g. the BN gain per batch size.
   *
   * @param decisions by category label, in the order to draw
   */
  public static Chart estimateBars(
      String title, String xLabel, String yLabel, Map<String, Decision> decisions) {
    List<String> categories = new ArrayList<>(decisions.keySet());
    List<Double> x = new ArrayList<>();
    List<Double> y = new ArrayList<>();
    List<Double> lo = new ArrayList<>();
    List<Double> hi = new ArrayList<>();
    int i = 0;
    for (Decision d : decisions.values()) {
      x.add((double) i++);
      y.add(d.estimate());
      lo.add(d.ci90()[0]);
      hi.add(d.ci90()[1]);
    }
    Series s = new Series("estimate (90% CI)", x, y, lo, hi);
    return new Chart(
        "bar", title, xLabel, yLabel, false, categories, List.of(s), null, 0, List.of());
  }

  /** Dead ReLU units per layer (mean +- SD over seeds), one bar per arm in each layer. */
  public static Chart deadUnitBars(Arm... arms) {
    return activityBars(
        "Dead ReLU units per layer (bars = SD over seeds)", "dead units", a -> a.deadUnits(), arms);
  }

  /** Fraction of zero activations per layer (mean +- SD over seeds), one bar per arm. */
  public static Chart zeroRateBars(Arm... arms) {
    return activityBars(
        "Zero-activation rate per layer (bars = SD over seeds)",
        "zero rate",
        LayerActivity::zeroRate,
        arms);
  }

  private static Chart activityBars(
      String title, String yLabel, ToDoubleFunction<LayerActivity> f, Arm... arms) {
    List<String> layers = new ArrayList<>();
    for (Arm arm : arms) {
      for (RunResult r : arm.results()) {
        r.probes()
            .activity()
            .forEach(
                a -> {
                  if (!layers.contains(a.layer())) {
                    layers.add(a.layer());
                  }
                });
      }
    }
    if (layers.isEmpty()) {
      throw new IllegalArgumentException(
          "no activity probes in arms " + names(arms) + "; switch on ProbeSpec.withDeadUnits()");
    }
    List<Series> series = new ArrayList<>();
    for (Arm arm : arms) {
      List<Double> x = new ArrayList<>();
      List<Double> y = new ArrayList<>();
      List<Double> lo = new ArrayList<>();
      List<Double> hi = new ArrayList<>();
      for (int i = 0; i < layers.size(); i++) {
        String layer = layers.get(i);
        double[] v =
            arm.results().stream()
                .flatMap(r -> r.probes().activity().stream())
                .filter(a -> a.layer().equals(layer))
                .mapToDouble(f)
                .toArray();
        double[] ms = meanSd(v);
        x.add((double) i);
        y.add(ms[0]);
        lo.add(ms[0] - ms[1]);
        hi.add(ms[0] + ms[1]);
      }
      series.add(new Series(arm.name(), x, y, lo, hi));
    }
    return new Chart("bar", title, "layer", yLabel, false, layers, series, null, 0, List.of());
  }

  /**
   * Gamma (or beta) of one normalization layer over training, for the arm's first seed: rows are
   * snapshots, columns channels sorted by their final value; centred on 1 for gamma, 0 for beta.
   *
   * @param layer index of the normalization layer in forward order
   */
  public static Chart normParamHeatmap(Arm arm, int layer, boolean gamma) {
    List<NormParams> all = arm.results().get(0).probes().normParams();
    if (layer < 0 || layer >= all.size()) {
      throw new IllegalArgumentException(
          "arm '" + arm.name() + "' has " + all.size() + " normalization layers, not " + layer);
    }
    NormParams p = all.get(layer);
    List<double[]> rows = gamma ? p.gamma() : p.beta();
    String what = gamma ? "gamma" : "beta";
    if (rows.isEmpty()) {
      throw new IllegalArgumentException(
          "arm '" + arm.name() + "', layer " + p.layer() + ": its variant does not train " + what);
    }
    double[] last = rows.get(rows.size() - 1);
    int[] order =
        IntStream.range(0, last.length)
            .boxed()
            .sorted(Comparator.comparingDouble(c -> last[c]))
            .mapToInt(Integer::intValue)
            .toArray();
    double[][] m = new double[rows.size()][];
    for (int r = 0; r < m.length; r++) {
      double[] row = rows.get(r);
      m[r] = Arrays.stream(order).mapToDouble(c -> row[c]).toArray();
    }
    String title =
        what + ", " + p.layer() + " (" + arm.name() + ", seed " + arm.seeds().get(0) + ")";
    return new Chart(
        "heatmap",
        title,
        "channel (sorted by final value)",
        "snapshot (steps " + p.steps().get(0) + " to " + p.steps().get(p.steps().size() - 1) + ")",
        false,
        List.of(),
        List.of(),
        m,
        gamma ? 1 : 0,
        List.of());
  }

  /** The first layer's weights as images, for the arm's first seed. */
  public static Chart weightImages(Arm arm) {
    return images(
        "First-layer weights, " + arm.name(), arm.results().get(0).probes().weightImages());
  }

  /** Class visualizations by input optimization, for the arm's first seed. */
  public static Chart classVisualizations(Arm arm) {
    return images(
        "Class visualizations, " + arm.name(), arm.results().get(0).probes().classVisualizations());
  }

  /** A grid of pictures. */
  public static Chart images(String title, List<Picture> pictures) {
    if (pictures.isEmpty()) {
      throw new IllegalArgumentException(
          "'" + title + "' has no pictures; switch the probe on in the spec's ProbeSpec");
    }
    return new Chart(
        "images", title, null, null, false, List.of(), List.of(), null, 0, List.copyOf(pictures));
  }

  /** Mean and sample SD (0 for a single value). */
  static double[] meanSd(double[] v) {
    if (v.length == 0) {
      return new double[] {Double.NaN, Double.NaN};
    }
    double mean = Arrays.stream(v).average().orElseThrow();
    double ss = Arrays.stream(v).map(a -> (a - mean) * (a - mean)).sum();
    return new double[] {mean, v.length > 1 ? Math.sqrt(ss / (v.length - 1)) : 0};
  }

  private static List<String> names(Arm... arms) {
    return Arrays.stream(arms).map(Arm::name).toList();
  }
}
