package org.bnclaims.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.bnclaims.verdict.ClaimVerdict;
import org.bnclaims.verdict.Outcome;
import org.bnclaims.verdict.TestReport;
import org.bnclaims.verdict.VerdictReport;
import org.junit.jupiter.api.Test;

class SummaryTableTest {

  private static TestReport test(double estimate, double lo, double hi) {
    return new TestReport(
        "t",
        "directional",
        Outcome.SUPPORTED,
        estimate,
        new double[] {lo, hi},
        null,
        0.01,
        0.5,
        1,
        5,
        0.01,
        0.05,
        Map.of(),
        Map.of());
  }

  private static ClaimVerdict claim(
      String id, Outcome o, boolean evidence, List<TestReport> tests, double seconds) {
    return new ClaimVerdict(
        id, "s", "src", o, "r", "reduced", evidence, "p", "q", List.of(), tests, List.of(), 5, 0, 0,
        seconds);
  }

  @Test
  void columnsAlignAndNumbersUseFourSignificantDigits() {
    VerdictReport r =
        new VerdictReport(
            "reduced",
            "now",
            List.of(
                claim(
                    "bn-helps-small-batches",
                    Outcome.SUPPORTED,
                    true,
                    List.of(test(0.0312, 0.0221, 0.04), test(1, 0, 2)),
                    83.25),
                claim("x", Outcome.REFUTED, false, List.of(test(-1.5, Double.NaN, -1)), 0.04),
                claim("skipped-one", Outcome.SKIPPED, true, List.of(), 0)));
    // Widths: claim column = "bn-helps-small-batches" (22); verdict = "SUPPORTED" (9);
    // effect = "+0.03120 (+1)" (13); CI = "[+0.02210, +0.04000]" (20); seconds = "seconds" (7).
    // Columns are joined by two spaces; the numeric ones (effect, CI, seconds) align right.
    assertEquals(
        List.of(
            "claim                   verdict           effect                90% CI  seconds",
            "bn-helps-small-batches  SUPPORTED  +0.03120 (+1)  [+0.02210, +0.04000]     83.3",
            "x [not evidence]        REFUTED           -1.500           [-, -1.000]      0.0",
            "skipped-one             SKIPPED                -                     -      0.0"),
        SummaryTable.lines(r));
  }
}
