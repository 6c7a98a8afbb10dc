package org.bnclaims.report;

import java.nio.file.Path;
import java.util.Map;
import org.bnclaims.verdict.ClaimVerdict;

/**
 * Names the input of a problem in a message: the verdict file a claim was read from (when the
 * caller said), the claim, and then, added by the caller, the field ({@code chart 2 ('loss')},
 * {@code series 'BN'}).
 */
final class Where {

  private final Map<String, Path> sources;

  /** {@code sources}: the file each claim id was read from; may be empty. */
  Where(Map<String, Path> sources) {
    this.sources = Map.copyOf(sources);
  }

  /** {@code verdict file F, claim 'id'}, or {@code the report, claim 'id'}. */
  String claim(ClaimVerdict c) {
    return file(c) + ", claim '" + (c == null ? null : c.id()) + "'";
  }

  /** {@code verdict file F}, or {@code the report} when the file is not known. */
  String file(ClaimVerdict c) {
    Path file = c == null || c.id() == null ? null : sources.get(c.id());
    return file == null ? "the report" : "verdict file " + file;
  }
}
