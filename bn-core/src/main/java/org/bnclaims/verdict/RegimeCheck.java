package org.bnclaims.verdict;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One pre-registered regime check of a claim: what its reference arm had to reach for the finding
 * to apply at all. A failed check makes the verdict INCONCLUSIVE whatever the tests say, because a
 * setting that never reached the regime the finding is about can neither support nor refute it.
 *
 * @param name what was measured, e.g. {@code "BN_GAMMA_BETA final training accuracy (%)"}
 * @param comparison {@code ">="} or {@code "<="}: how {@code value} must compare to {@code
 *     threshold}
 * @param threshold the value fixed with the claim before anything ran
 * @param value the value reached: the mean over seeds of the measured sample (NaN when any seed had
 *     no finite value, which fails the check)
 * @param passed whether {@code value} met the threshold
 * @param row display name of the parameterized row that recorded the check, or null outside a row
 */
public record RegimeCheck(
    String name,
    String comparison,
    double threshold,
    double value,
    boolean passed,
    @JsonInclude(JsonInclude.Include.NON_NULL) String row) {}
