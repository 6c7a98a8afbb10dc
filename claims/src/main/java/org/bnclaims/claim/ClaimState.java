package org.bnclaims.claim;

import java.util.ArrayList;
import java.util.List;
import org.bnclaims.verdict.Chart;

/**
 * What one claim class has gathered so far, across its test methods: tests, charts, notes, and
 * whether it was skipped (data unavailable) or broke (any other exception).
 */
final class ClaimState {

  final Claim claim;
  final Profile profile;
  final long startNanos = System.nanoTime();
  private final List<Component> components = new ArrayList<>();
  private final List<Chart> charts = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private String skipped;
  private Throwable error;

  ClaimState(Claim claim, Profile profile) {
    this.claim = claim;
    this.profile = profile;
  }

  synchronized void add(Component c) {
    components.add(c);
  }

  synchronized void chart(Chart c) {
    charts.add(c);
  }

  synchronized void note(String n) {
    notes.add(n);
  }

  synchronized void skip(String reason) {
    if (skipped == null) {
      skipped = reason;
    }
  }

  synchronized void error(Throwable t) {
    if (error == null) {
      error = t;
    }
  }

  synchronized List<Component> components() {
    return List.copyOf(components);
  }

  synchronized List<Chart> charts() {
    return List.copyOf(charts);
  }

  synchronized List<String> notes() {
    return List.copyOf(notes);
  }

  synchronized String skipped() {
    return skipped;
  }

  synchronized Throwable error() {
    return error;
  }
}
