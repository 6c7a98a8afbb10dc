package org.bnclaims.verdict;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One claim's verdict as written to {@code target/bn-verdicts/<id>.json}.
 *
 * @param id claim id, e.g. {@code bn-helps-small-batches}
 * @param statement the finding, as a sentence
 * @param source seed file and section
 * @param verdict the outcome
 * @param reason why, in one or two sentences with the deciding numbers
 * @param profile {@code smoke}, {@code reduced} or {@code gpu}
 * @param evidence false for the smoke profile (synthetic data: not evidence)
 * @param paperSetting the setting as the source states it
 * @param runSetting the setting that ran in this profile
 * @param conflicts where sources disagree, which reading the claim follows
 * @param tests the statistical tests behind the verdict
 * @param charts figures for the report
 * @param runs replicates used
 * @param cacheHits of which came from the cache
 * @param failures diverged replicates (kept with their measured metric)
 * @param seconds wall time of the claim
 * @param regimeChecks what the reference arm had to reach for the finding to apply (a failed one
 *     makes the verdict INCONCLUSIVE); empty when the claim declares none or the file predates them
 * @param decidedBy the profile that would decide the claim when the regime is not reached here,
 *     e.g. {@code "gpu profile, ~40 GPU-hours"}; null when the claim names none
 * @param data one description per distinct dataset setting the claim ran (dataset, subset sizes,
 *     image size, augmentation, re-encoding); empty when nothing ran or the file predates it
 */
public record ClaimVerdict(
    String id,
    String statement,
    String source,
    Outcome verdict,
    String reason,
    String profile,
    boolean evidence,
    String paperSetting,
    String runSetting,
    List<String> conflicts,
    List<TestReport> tests,
    List<Chart> charts,
    int runs,
    int cacheHits,
    int failures,
    double seconds,
    List<RegimeCheck> regimeChecks,
    @JsonInclude(JsonInclude.Include.NON_NULL) String decidedBy,
    List<String> data) {

  /** Missing lists (older verdict files) read as empty. */
  public ClaimVerdict {
    regimeChecks = regimeChecks == null ? List.of() : List.copyOf(regimeChecks);
    data = data == null ? List.of() : List.copyOf(data);
  }

  /** A verdict without regime checks or data descriptions (the form before they existed). */
  public ClaimVerdict(
      String id,
      String statement,
      String source,
      Outcome verdict,
      String reason,
      String profile,
      boolean evidence,
      String paperSetting,
      String runSetting,
      List<String> conflicts,
      List<TestReport> tests,
      List<Chart> charts,
      int runs,
      int cacheHits,
      int failures,
      double seconds) {
    this(
        id,
        statement,
        source,
        verdict,
        reason,
        profile,
        evidence,
        paperSetting,
        runSetting,
        conflicts,
        tests,
        charts,
        runs,
        cacheHits,
        failures,
        seconds,
        List.of(),
        null,
        List.of());
  }
}
