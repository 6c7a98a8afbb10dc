package org.bnclaims.report;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import org.bnclaims.verdict.VerdictJson;
import org.bnclaims.verdict.VerdictReport;

/** The fixed verdict files under {@code src/test/resources/verdicts}. */
final class Fixtures {

  static final Instant AT = Instant.parse("2025-06-01T10:00:00Z");

  private Fixtures() {}

  static Path resource(String name) {
    try {
      return Path.of(Fixtures.class.getResource("/verdicts/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Four claims in the reduced profile: SUPPORTED (2 line charts + 1 bar chart), REFUTED (6
   * heatmaps), INCONCLUSIVE (1 line chart + 2 image grids), SKIPPED (no charts).
   */
  static VerdictReport reduced() {
    return VerdictJson.readDirectory(resource("reduced"), AT);
  }

  /** Two claims in the smoke profile, both with {@code evidence=false}: one line, one bar chart. */
  static VerdictReport smoke() {
    return VerdictJson.readReport(resource("smoke/verdicts.json"));
  }
}
