package org.bnclaims.stats;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bnclaims.verdict.Outcome;
import org.bnclaims.verdict.TestReport;

/**
 * The course of a sequential claim: one decision per look taken, the last of which is the verdict.
 *
 * @param design the bounds used
 * @param looks the decisions at the looks taken, in order; each used its look's nominal alpha
 */
public record SequentialResult(Sequential.Design design, List<Decision> looks) {

  /** Copies the looks so the result cannot change. */
  public SequentialResult {
    looks = List.copyOf(looks);
    if (looks.isEmpty()) {
      throw new IllegalArgumentException("a sequential result needs at least one look");
    }
  }

  /** The decision at the stopping look. */
  public Decision decision() {
    return looks.get(looks.size() - 1);
  }

  /** The verdict: the stopping look's outcome (INCONCLUSIVE if no look decided). */
  public Outcome outcome() {
    return decision().outcome();
  }

  /** Seeds used when the run stopped. */
  public int stoppedAt() {
    return decision().n();
  }

  /**
   * The stopping decision as a verdict-file test, with the extras {@code looks} (looks taken),
   * {@code stoppedAt} (seeds) and {@code boundary} (the nominal alpha of the stopping look).
   */
  public TestReport toReport(String name, String kind, Map<String, List<Double>> arms) {
    Decision d = decision();
    Map<String, Double> extra = new HashMap<>(d.extra());
    extra.put("looks", (double) looks.size());
    extra.put("stoppedAt", (double) d.n());
    extra.put("boundary", d.alpha());
    return Rules.with(d, extra, List.of()).toReport(name, kind, arms);
  }
}
