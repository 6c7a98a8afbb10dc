package org.bnclaims.verdict;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * One statistical test behind a claim's verdict (a component of an ordering, a batch size of a
 * trend, ...).
 *
 * @param name readable name, e.g. {@code "BN - none @ batch 8"}
 * @param kind {@code directional}, {@code no-effect}, {@code ordering}, {@code trend}, {@code
 *     one-sample}
 * @param outcome this component's own verdict
 * @param estimate point estimate (mean paired difference, mean slope, mean value)
 * @param ci90 the decision interval (one-sided alpha 0.05 on each side)
 * @param ci95 the 95% interval, for reference
 * @param pSupport p-value whose smallness supports the claim: H0 "no effect in the claimed
 *     direction" (for no-effect claims: the TOST p)
 * @param pRefute p-value whose smallness refutes the claim: H0 "the effect is at least the margin"
 *     (for no-effect claims: the minimal-effect-test p, H0 "|effect| <= margin")
 * @param effectSize standardized effect (d_z for paired data, Hedges g unpaired)
 * @param n replicates
 * @param margin the claim's margin delta
 * @param alpha the claim's one-sided alpha
 * @param extra further statistics by name: {@code a12}, {@code wins}, {@code permutationP}, ...
 * @param arms per-arm raw values by arm name, in seed order (for the per-seed table)
 * @param row display name of the parameterized row (JUnit invocation) that recorded the test, e.g.
 *     {@code "[1] batch 8"}; null for a plain test method, and absent from older verdict files
 */
public record TestReport(
    String name,
    String kind,
    Outcome outcome,
    double estimate,
    double[] ci90,
    double[] ci95,
    double pSupport,
    double pRefute,
    double effectSize,
    int n,
    double margin,
    double alpha,
    Map<String, Double> extra,
    Map<String, List<Double>> arms,
    @JsonInclude(JsonInclude.Include.NON_NULL) String row) {

  /** A test recorded outside a parameterized row. */
  public TestReport(
      String name,
      String kind,
      Outcome outcome,
      double estimate,
      double[] ci90,
      double[] ci95,
      double pSupport,
      double pRefute,
      double effectSize,
      int n,
      double margin,
      double alpha,
      Map<String, Double> extra,
      Map<String, List<Double>> arms) {
    this(
        name,
        kind,
        outcome,
        estimate,
        ci90,
        ci95,
        pSupport,
        pRefute,
        effectSize,
        n,
        margin,
        alpha,
        extra,
        arms,
        null);
  }

  /** The same test, recorded by the row {@code rowName} (null: by no row). */
  public TestReport withRow(String rowName) {
    return new TestReport(
        name,
        kind,
        outcome,
        estimate,
        ci90,
        ci95,
        pSupport,
        pRefute,
        effectSize,
        n,
        margin,
        alpha,
        extra,
        arms,
        rowName);
  }
}
