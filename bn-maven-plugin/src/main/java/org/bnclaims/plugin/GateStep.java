package org.bnclaims.plugin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bnclaims.gate.Baseline;
import org.bnclaims.gate.FailOn;
import org.bnclaims.gate.Gate;
import org.bnclaims.gate.GateResult;
import org.bnclaims.verdict.Outcome;
import org.bnclaims.verdict.VerdictReport;

/**
 * The end of {@code check}: either writes the baseline ({@code bn.writeBaseline}) or applies the
 * gate. It is prepared before the claims run, so a bad {@code bn.failOn} or an unreadable baseline
 * fails the build at once instead of after every claim has trained. In regression mode a missing
 * baseline file does not fail the build: every claim is then new (reported, not failed), and the
 * log says how to write the baseline, so a project can adopt the gate before its first trusted run;
 * a baseline file that exists but cannot be read does fail.
 *
 * @param mode when the build fails
 * @param baselineFile the committed baseline (read or written)
 * @param writeBaseline whether to write the baseline instead of gating
 * @param baseline the baseline read up front: present in regression mode when the file exists
 */
record GateStep(
    FailOn mode,
    Path baselineFile,
    boolean writeBaseline,
    Optional<Map<String, Outcome>> baseline) {

  /** How to write a baseline, for messages. */
  static final String HOW_TO_WRITE =
      "write it from a trusted run with `mvn bn:baseline` (after bn:check) or"
          + " `mvn verify -Dbn.writeBaseline=true`, and commit it";

  /**
   * Parses {@code failOn} and, when the gate will compare against it, reads the baseline.
   *
   * @throws IllegalArgumentException for an unknown mode or a baseline file that cannot be read,
   *     naming the setting or the file
   */
  static GateStep prepare(String failOn, Path baselineFile, boolean writeBaseline) {
    FailOn mode = FailOn.parse(failOn);
    Optional<Map<String, Outcome>> baseline =
        mode == FailOn.REGRESSION && !writeBaseline && Files.exists(baselineFile)
            ? Optional.of(Baseline.read(baselineFile))
            : Optional.empty();
    return new GateStep(mode, baselineFile, writeBaseline, baseline);
  }

  /**
   * Writes the baseline or judges {@code report}.
   *
   * @return the decision; its messages are ready for the log
   */
  GateResult apply(VerdictReport report) {
    if (writeBaseline) {
      return new GateResult(false, List.of(writeBaseline(report, baselineFile)));
    }
    if (mode != FailOn.REGRESSION) {
      return Gate.evaluate(report, mode, Optional.empty());
    }
    if (baseline.isEmpty()) {
      GateResult asNew = Gate.evaluate(report, mode, Optional.of(Map.<String, Outcome>of()));
      List<String> messages = new ArrayList<>();
      messages.add(
          "no baseline file "
              + baselineFile
              + ": every claim counts as new and none fails the build; "
              + HOW_TO_WRITE);
      messages.addAll(asNew.messages());
      return new GateResult(asNew.fail(), messages);
    }
    return Gate.evaluate(report, mode, baseline);
  }

  /** Writes {@code report}'s verdicts as the baseline and says so. */
  static String writeBaseline(VerdictReport report, Path baselineFile) {
    Map<String, Outcome> b = Baseline.of(report);
    Baseline.write(baselineFile, b);
    return "wrote the baseline of "
        + b.size()
        + " claim verdict(s) to "
        + baselineFile
        + "; commit it so failOn=regression compares against it";
  }
}
