package org.bnclaims.claim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bnclaims.verdict.ClaimVerdict;
import org.bnclaims.verdict.Outcome;
import org.bnclaims.verdict.VerdictJson;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Writes a claim's verdict file: deletes a stale one of an earlier run when the class starts, and
 * after the class joins every test of every method and row into one {@link ClaimVerdict}, written
 * atomically to {@code <bn.verdictDir>/<id>.json}. A claim that broke (any exception other than
 * unavailable data) gets no file, so it shows as an error, never as a verdict. Tests skipped for
 * unavailable data are left out and named in the reason; with nothing else recorded the claim is
 * SKIPPED with the data library's message.
 */
final class VerdictFileExtension implements BeforeAllCallback, AfterAllCallback {

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    ExtensionContext owner = ClaimContexts.classContext(context);
    Files.deleteIfExists(verdictFile(LabRuntime.of(context).settings, ClaimContexts.claim(owner)));
  }

  @Override
  public void afterAll(ExtensionContext context) {
    ClaimState state = VerdictsExtension.stateOf(context).orElse(null);
    if (state == null) {
      return; // the class failed before it started; JUnit reports that error
    }
    Claim claim = state.claim;
    if (state.error() != null) {
      System.out.println(
          "[bn-claims] "
              + claim.id()
              + ": no verdict written, the claim failed with "
              + state.error());
      return;
    }
    Lab lab = LabExtension.labOf(context).orElse(null);
    Settings settings = LabRuntime.of(context).settings;
    try {
      VerdictJson.writeClaim(verdict(state, lab), verdictFile(settings, claim));
    } catch (UncheckedIOException e) {
      throw new UncheckedIOException(
          "cannot write the verdict of claim " + claim.id() + ": " + e.getMessage(), e.getCause());
    }
  }

  static ClaimVerdict verdict(ClaimState state, Lab lab) {
    Claim claim = state.claim;
    Map<String, List<String>> skipped = state.skipped();
    boolean nothingDecided = state.components().isEmpty() && state.regimeChecks().isEmpty();
    Outcome outcome;
    String reason;
    List<String> notes = new ArrayList<>(state.notes());
    if (nothingDecided && !skipped.isEmpty()) {
      outcome = Outcome.SKIPPED;
      reason = String.join(" ", skipped.keySet());
    } else {
      Combination c =
          Regimes.apply(
              Combination.of(state.components(), claim.alpha()),
              state.regimeChecks(),
              state.profile.key(),
              claim.decidedBy());
      outcome = c.outcome();
      reason = c.reason();
      skipped.forEach(
          (why, where) ->
              notes.add("Left out, data unavailable (" + String.join(", ", where) + "): " + why));
    }
    if (!notes.isEmpty()) {
      reason += " Notes: " + String.join(" ", notes);
    }
    return new ClaimVerdict(
        claim.id(),
        claim.statement(),
        claim.source(),
        outcome,
        reason,
        state.profile.key(),
        state.profile.evidence() && (lab == null || !lab.ranSynthetic()),
        claim.paperSetting(),
        lab == null ? "nothing ran" : lab.runSetting(),
        List.of(claim.conflicts()),
        state.components().stream().map(Component::report).toList(),
        state.charts(),
        lab == null ? 0 : lab.runs(),
        lab == null ? 0 : lab.cacheHits(),
        lab == null ? 0 : lab.failures(),
        (System.nanoTime() - state.startNanos) / 1e9,
        state.regimeChecks(),
        claim.decidedBy().isBlank() ? null : claim.decidedBy(),
        lab == null ? List.of() : lab.dataDescriptions());
  }

  static Path verdictFile(Settings settings, Claim claim) {
    return settings.verdictDir().resolve(claim.id() + ".json");
  }
}
