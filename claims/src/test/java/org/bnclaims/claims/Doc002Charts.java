package org.bnclaims.claims;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.bnclaims.claim.Arm;
import org.bnclaims.claim.Charts;
import org.bnclaims.probe.NormParams;
import org.bnclaims.run.RunResult;
import org.bnclaims.verdict.Chart;
import org.bnclaims.verdict.Series;

/**
 * The doc-002 figures the claim API's {@link Charts} lacks: training-accuracy curves (the thesis
 * judges variants on training accuracy, section 3.2), gamma/beta heatmaps of every BN layer, and
 * the final per-layer mean of gamma and beta. Built from the arms' results only.
 */
final class Doc002Charts {

  private Doc002Charts() {}

  /** Training accuracy (%, train mode) per epoch, one line per arm, band = SD over seeds. */
  static Chart trainAccuracyCurves(String title, Arm... arms) {
    return Charts.curves(title, "training accuracy (%)", e -> 100 * e.trainAccuracy(), arms);
  }

  /**
   * Beta then gamma heatmaps of every BN layer of the arm's first seed (thesis Figures 4.6a and
   * 4.7a: steps down, channels sorted by their final value across).
   */
  static List<Chart> allHeatmaps(Arm arm) {
    int layers = arm.results().get(0).probes().normParams().size();
    List<Chart> out = new ArrayList<>();
    for (boolean gamma : new boolean[] {false, true}) {
      for (int l = 0; l < layers; l++) {
        out.add(Charts.normParamHeatmap(arm, l, gamma));
      }
    }
    return out;
  }

  /**
   * The final mean beta and mean gamma - 1 of each BN layer (mean +- SD over seeds): the sign
   * pattern of section 4.2.3 at a glance.
   */
  static Chart finalParamBars(Arm arm) {
    List<NormParams> first = arm.results().get(0).probes().normParams();
    List<String> layers = first.stream().map(NormParams::layer).toList();
    List<Series> series =
        List.of(
            layerSeries(arm, "mean beta", layers.size(), p -> mean(last(p.beta()))),
            layerSeries(arm, "mean gamma - 1", layers.size(), p -> mean(last(p.gamma())) - 1));
    return new Chart(
        "bar",
        "Final mean beta and gamma - 1 per BN layer, " + arm.name() + " (bars = SD over seeds)",
        "BN layer",
        "channel mean",
        false,
        layers,
        series,
        null,
        0,
        List.of());
  }

  private static Series layerSeries(
      Arm arm, String name, int layers, ToDoubleFunction<NormParams> f) {
    List<Double> x = new ArrayList<>();
    List<Double> y = new ArrayList<>();
    List<Double> lo = new ArrayList<>();
    List<Double> hi = new ArrayList<>();
    for (int l = 0; l < layers; l++) {
      int layer = l;
      double[] v =
          arm.results().stream()
              .map(RunResult::probes)
              .mapToDouble(p -> f.applyAsDouble(p.normParams().get(layer)))
              .toArray();
      double[] ms = meanSd(v);
      x.add((double) l);
      y.add(ms[0]);
      lo.add(ms[0] - ms[1]);
      hi.add(ms[0] + ms[1]);
    }
    return new Series(name, x, y, lo, hi);
  }

  /** The last snapshot (the values after training), or a clear error when none was recorded. */
  static double[] last(List<double[]> snapshots) {
    if (snapshots.isEmpty()) {
      throw new IllegalArgumentException("no snapshots: the variant does not train this parameter");
    }
    return snapshots.get(snapshots.size() - 1);
  }

  static double mean(double[] v) {
    return Arrays.stream(v).average().orElse(Double.NaN);
  }

  private static double[] meanSd(double[] v) {
    if (v.length == 0) {
      return new double[] {Double.NaN, Double.NaN};
    }
    double m = mean(v);
    double ss = Arrays.stream(v).map(a -> (a - m) * (a - m)).sum();
    return new double[] {m, v.length > 1 ? Math.sqrt(ss / (v.length - 1)) : 0};
  }
}
