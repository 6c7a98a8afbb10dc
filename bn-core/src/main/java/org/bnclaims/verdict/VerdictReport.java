package org.bnclaims.verdict;

import java.util.List;

/**
 * All claims of one run of the suite, as written to {@code bn-report/verdicts.json}.
 *
 * @param profile the profile the claims ran in
 * @param generatedAt ISO-8601 instant
 * @param claims one verdict per claim, ordered by id
 */
public record VerdictReport(String profile, String generatedAt, List<ClaimVerdict> claims) {}
