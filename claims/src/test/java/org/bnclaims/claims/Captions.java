package org.bnclaims.claims;

import org.bnclaims.verdict.Chart;

/**
 * Re-captions a chart: {@code Charts}' captions name neither the dataset nor the cell of a grid,
 * and a claim that draws the same kind of chart for several datasets or arms needs them told apart
 * in its report section.
 */
final class Captions {

  private Captions() {}

  /** {@code chart} with {@code title} as its caption and everything else unchanged. */
  static Chart titled(Chart chart, String title) {
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("a chart caption must say something");
    }
    return new Chart(
        chart.type(),
        title,
        chart.xLabel(),
        chart.yLabel(),
        chart.logX(),
        chart.categories(),
        chart.series(),
        chart.matrix(),
        chart.center(),
        chart.pictures());
  }
}
