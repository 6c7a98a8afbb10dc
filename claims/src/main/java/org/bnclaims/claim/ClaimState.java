package org.bnclaims.claim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bnclaims.verdict.Chart;
import org.bnclaims.verdict.RegimeCheck;

/**
 * What one claim class has gathered so far, across its test methods and rows: tests, regime checks,
 * charts, notes, the tests skipped for data that cannot be had, and whether it broke (any other
 * exception).
 */
final class ClaimState {

  final Claim claim;
  final Profile profile;
  final long startNanos = System.nanoTime();
  private final List<Component> components = new ArrayList<>();
  private final List<RegimeCheck> regimeChecks = new ArrayList<>();
  private final List<Chart> charts = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private final Map<String, List<String>> skipped = new LinkedHashMap<>();
  private Throwable error;

  ClaimState(Claim claim, Profile profile) {
    this.claim = claim;
    this.profile = profile;
  }

  synchronized void add(Component c) {
    components.add(c);
  }

  synchronized void add(RegimeCheck c) {
    regimeChecks.add(c);
  }

  synchronized void chart(Chart c) {
    charts.add(c);
  }

  synchronized void note(String n) {
    notes.add(n);
  }

  /** Test (or row, or lifecycle method) {@code where} could not have its data: {@code reason}. */
  synchronized void skip(String where, String reason) {
    skipped.computeIfAbsent(reason, r -> new ArrayList<>()).add(where);
  }

  synchronized void error(Throwable t) {
    if (error == null) {
      error = t;
    }
  }

  synchronized List<Component> components() {
    return List.copyOf(components);
  }

  synchronized List<RegimeCheck> regimeChecks() {
    return List.copyOf(regimeChecks);
  }

  synchronized List<Chart> charts() {
    return List.copyOf(charts);
  }

  synchronized List<String> notes() {
    return List.copyOf(notes);
  }

  /** Skip reasons, each with the tests it skipped, in the order they first occurred. */
  synchronized Map<String, List<String>> skipped() {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    skipped.forEach((reason, where) -> copy.put(reason, List.copyOf(where)));
    return copy;
  }

  synchronized Throwable error() {
    return error;
  }
}
