package org.bnclaims.it;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.bnclaims.verdict.ClaimVerdict;
import org.bnclaims.verdict.Outcome;
import org.bnclaims.verdict.TestReport;
import org.bnclaims.verdict.VerdictJson;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A fake claim for the plugin's integration tests ONLY. The plugin's job is to run claim classes
 * and judge the verdict files they write, so each sample project fixes its claims' outcomes in
 * {@code fixture-verdicts.properties} ({@code claim-id=OUTCOME}); a real claim computes its verdict
 * from runs. The claim id is the subclass's simple name in kebab case. Like a real claim it writes
 * its verdict to {@code bn.verdictDir}, records the {@code bn.*} settings it received in its run
 * setting (so the tests can check what the plugin passed), and ends as a JUnit outcome: REFUTED
 * fails, INCONCLUSIVE and SKIPPED abort.
 */
@Tag("claim")
public abstract class FixedVerdictClaim {

  @Test
  void claim() {
    String id = kebab(getClass().getSimpleName());
    Path dir = Path.of(System.getProperty("bn.verdictDir", "target/bn-verdicts"));
    String setting =
        String.format(
            "profile=%s seeds=%s workers=%s device=%s offline=%s djlOffline=%s dataDir=%s",
            System.getProperty("bn.profile"),
            System.getProperty("bn.seeds"),
            System.getProperty("bn.workers"),
            System.getProperty("bn.device"),
            System.getProperty("bn.offline"),
            System.getProperty("ai.djl.offline"),
            System.getProperty("bn.dataDir"));
    Outcome outcome = Outcome.valueOf(outcomes().getProperty(id, "missing-in-fixture-verdicts"));
    double estimate =
        switch (outcome) {
          case SUPPORTED -> 0.05;
          case INCONCLUSIVE -> 0.01;
          case REFUTED -> -0.02;
          case SKIPPED -> Double.NaN;
        };
    VerdictJson.writeClaimTo(
        verdict(id, outcome, "fixed by the fixture: " + outcome, setting, estimate), dir);
    switch (outcome) {
      case REFUTED -> fail(id + " REFUTED: estimate " + estimate);
      case INCONCLUSIVE, SKIPPED -> abort(id + " " + outcome);
      case SUPPORTED -> {}
    }
  }

  private static ClaimVerdict verdict(
      String id, Outcome outcome, String reason, String setting, double estimate) {
    List<TestReport> tests =
        Double.isNaN(estimate)
            ? List.of()
            : List.of(
                new TestReport(
                    "fixture difference",
                    "directional",
                    outcome,
                    estimate,
                    new double[] {estimate - 0.01, estimate + 0.01},
                    new double[] {estimate - 0.015, estimate + 0.015},
                    0.01,
                    0.5,
                    1.0,
                    5,
                    0.02,
                    0.05,
                    Map.of(),
                    Map.of()));
    return new ClaimVerdict(
        id,
        "Fixture claim " + id + " holds.",
        "fixture, section 1",
        outcome,
        reason,
        System.getProperty("bn.profile"),
        false,
        "paper setting of " + id,
        setting,
        List.of(),
        tests,
        List.of(),
        5,
        0,
        0,
        0.1);
  }

  private static Properties outcomes() {
    Properties p = new Properties();
    try (InputStream in =
        FixedVerdictClaim.class.getResourceAsStream("/fixture-verdicts.properties")) {
      if (in == null) {
        throw new IllegalStateException("fixture-verdicts.properties missing from test resources");
      }
      p.load(in);
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String kebab(String simpleName) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < simpleName.length(); i++) {
      char c = simpleName.charAt(i);
      if (Character.isUpperCase(c) && i > 0) {
        b.append('-');
      }
      b.append(Character.toLowerCase(c));
    }
    return b.toString();
  }
}
