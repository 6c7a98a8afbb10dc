package org.bnclaims.gate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.bnclaims.verdict.ClaimVerdict;
import org.bnclaims.verdict.Outcome;
import org.bnclaims.verdict.VerdictReport;

/**
 * Decides whether the build fails. With {@link FailOn#REGRESSION} a claim fails only if its verdict
 * ranks lower than in the baseline (SUPPORTED > INCONCLUSIVE > REFUTED); a claim newly SKIPPED, a
 * claim new since the baseline, a claim missing from this run, and an improvement are reported but
 * never fail. SKIPPED never fails in any mode. Regression mode without a baseline fails, because a
 * gate that silently compares against nothing would pass every regression.
 */
public final class Gate {

  private Gate() {}

  /**
   * Evaluates {@code current} under {@code mode}; {@code baseline} is only read in regression mode.
   * Messages list the failing claims first, then notes.
   */
  public static GateResult evaluate(
      VerdictReport current, FailOn mode, Optional<Map<String, Outcome>> baseline) {
    List<String> failures = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    Map<String, ClaimVerdict> byId = new TreeMap<>();
    current.claims().forEach(c -> byId.put(c.id(), c));
    switch (mode) {
      case NEVER, REFUTED, INCONCLUSIVE -> {
        for (ClaimVerdict c : byId.values()) {
          boolean fails =
              mode != FailOn.NEVER
                  && (c.verdict() == Outcome.REFUTED
                      || mode == FailOn.INCONCLUSIVE && c.verdict() == Outcome.INCONCLUSIVE);
          if (fails) {
            failures.add(line(c.id(), c.verdict().name(), c.reason()));
          } else if (c.verdict() != Outcome.SUPPORTED) {
            notes.add(line(c.id(), c.verdict().name() + " (does not fail)", c.reason()));
          }
        }
      }
      case REGRESSION -> {
        if (baseline.isEmpty()) {
          return new GateResult(
              true,
              List.of(
                  "failOn=regression needs a committed baseline of verdicts; none was found"
                      + " (write one from a trusted run with the baseline goal or flag)"));
        }
        regression(byId, baseline.get(), failures, notes);
      }
    }
    List<String> messages = new ArrayList<>(failures);
    messages.addAll(notes);
    return new GateResult(!failures.isEmpty(), messages);
  }

  private static void regression(
      Map<String, ClaimVerdict> current,
      Map<String, Outcome> baseline,
      List<String> failures,
      List<String> notes) {
    Set<String> ids = new TreeSet<>(baseline.keySet());
    ids.addAll(current.keySet());
    for (String id : ids) {
      ClaimVerdict c = current.get(id);
      Outcome before = baseline.get(id);
      if (c == null) {
        notes.add(id + ": in the baseline (" + before + ") but missing from this run");
        continue;
      }
      Outcome now = c.verdict();
      if (before == null) {
        notes.add(line(id, "new claim, " + now + " (not in the baseline)", c.reason()));
      } else if (now == Outcome.SKIPPED) {
        if (before != Outcome.SKIPPED) {
          notes.add(line(id, "newly SKIPPED (was " + before + ")", c.reason()));
        }
      } else if (before == Outcome.SKIPPED) {
        notes.add(line(id, "no longer SKIPPED, now " + now, c.reason()));
      } else if (now.rank() < before.rank()) {
        failures.add(line(id, "regressed " + before + " -> " + now, c.reason()));
      } else if (now.rank() > before.rank()) {
        notes.add(line(id, "improved " + before + " -> " + now, c.reason()));
      }
    }
  }

  private static String line(String id, String what, String reason) {
    return id + ": " + what + (reason == null || reason.isBlank() ? "" : " - " + reason);
  }
}
