package org.bnclaims.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import org.bnclaims.verdict.Chart;
import org.junit.jupiter.api.Test;

class HeatmapsTest {

  @Test
  void channelsAreSortedByTheirFinalValue() {
    // Final row 0.9, 1.3, NaN, 1.0: ascending 0.9 (ch 0), 1.0 (ch 3), 1.3 (ch 1); channel 2 has
    // its last finite value 1.1 in row 0, so it goes between 1.0 and 1.3.
    double[][] m = {{1, 1, 1.1, 1}, {0.9, 1.3, Double.NaN, 1.0}};
    assertArrayEquals(new Integer[] {0, 3, 2, 1}, Heatmaps.sortedByFinalValue(m));
  }

  @Test
  void scaleIsWhiteAtTheCentreBlueBelowRedAbove() {
    DivergingScale s = new DivergingScale(1, 0.5);
    assertEquals(Color.WHITE, s.getPaint(1));
    assertEquals(new Color(0x2166AC), s.getPaint(0.5));
    assertEquals(new Color(0xB2182B), s.getPaint(2.0), "clamped above");
    Color halfUp = (Color) s.getPaint(1.25);
    assertEquals(new Color(217, 140, 149), halfUp, "white halfway to 0xB2182B");
  }

  @Test
  void rasterPutsStepZeroAtTheBottomInSortedChannelOrder() {
    double[][] m = {{0, 0}, {-1, 1}};
    DivergingScale s = new DivergingScale(0, 1);
    BufferedImage img = Heatmaps.raster(m, new Integer[] {1, 0}, s);
    int w = img.getWidth();
    int h = img.getHeight();
    assertEquals(Color.WHITE.getRGB(), img.getRGB(0, h - 1), "step 0 at the bottom is white");
    assertEquals(new Color(0xB2182B).getRGB(), img.getRGB(0, 0), "channel 1 (1.0) first, red");
    assertEquals(new Color(0x2166AC).getRGB(), img.getRGB(w - 1, 0), "channel 0 (-1.0) blue");
  }

  @Test
  void heatmapsOfAClaimShareOneScalePerCentre() {
    Chart g1 = heat(new double[][] {{1, 1.2}}, 1);
    Chart g2 = heat(new double[][] {{0.5, 1}}, 1);
    Chart b1 = heat(new double[][] {{0.1, -0.3}}, 0);
    Map<Double, Double> h = ClaimSection.sharedHeatScales(List.of(g1, g2, b1));
    assertEquals(0.5, h.get(1.0), 1e-12);
    assertEquals(0.3, h.get(0.0), 1e-12);
  }

  private static Chart heat(double[][] m, double center) {
    return new Chart("heatmap", "t", "c", "s", false, List.of(), List.of(), m, center, List.of());
  }
}
