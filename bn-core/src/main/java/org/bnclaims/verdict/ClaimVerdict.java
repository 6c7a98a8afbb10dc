package org.bnclaims.verdict;

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
    double seconds) {}
