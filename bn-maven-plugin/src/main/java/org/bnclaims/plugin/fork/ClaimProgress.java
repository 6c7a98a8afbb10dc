package org.bnclaims.plugin.fork;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints one line per finished claim class with the elapsed time and an ETA (the mean time of the
 * finished claims times the number left), and counts the JUnit outcomes of the tests inside. Claims
 * differ a lot in cost, so the ETA is rough; the executor's per-run lines inside a claim are finer.
 */
final class ClaimProgress implements TestExecutionListener {

  private final Map<String, String> idByClass;
  private final PrintStream out;
  private final LongSupplier nanoClock;
  private final Map<String, Long> startedAt = new HashMap<>();
  private final Map<String, int[]> countsByClass = new HashMap<>();
  private final int total;
  private TestPlan plan;
  private long planStart;
  private int done;
  private int succeeded;
  private int failed;
  private int aborted;

  ClaimProgress(Map<String, String> idByClass, PrintStream out, LongSupplier nanoClock) {
    this.idByClass = Map.copyOf(idByClass);
    this.out = out;
    this.nanoClock = nanoClock;
    this.total = idByClass.size();
  }

  @Override
  public void testPlanExecutionStarted(TestPlan testPlan) {
    plan = testPlan;
    planStart = nanoClock.getAsLong();
  }

  @Override
  public void executionStarted(TestIdentifier id) {
    claimClass(id)
        .ifPresent(
            cls -> {
              startedAt.put(cls, nanoClock.getAsLong());
              countsByClass.put(cls, new int[TestExecutionResult.Status.values().length]);
            });
  }

  @Override
  public void executionFinished(TestIdentifier id, TestExecutionResult result) {
    if (id.isTest()) {
      switch (result.getStatus()) {
        case SUCCESSFUL -> succeeded++;
        case FAILED -> failed++;
        case ABORTED -> aborted++;
      }
      enclosingClaim(id).map(countsByClass::get).ifPresent(c -> c[result.getStatus().ordinal()]++);
      return;
    }
    claimClass(id)
        .ifPresent(
            cls -> {
              long now = nanoClock.getAsLong();
              done++;
              int[] c = countsByClass.remove(cls);
              double seconds = (now - startedAt.getOrDefault(cls, now)) / 1e9;
              out.println(line(idByClass.get(cls), seconds, now, c, result));
            });
  }

  @Override
  public void executionSkipped(TestIdentifier id, String reason) {
    claimClass(id)
        .ifPresent(
            cls -> {
              done++;
              out.println(
                  String.format(
                      Locale.ROOT,
                      "[bn] claim %d/%d %s disabled: %s",
                      done,
                      total,
                      idByClass.get(cls),
                      reason));
            });
  }

  /** Totals over all claim tests, for the last line of the fork's output. */
  String summary() {
    return String.format(
        Locale.ROOT,
        "%d claim(s) ran: %d test(s) passed, %d failed, %d aborted (inconclusive or skipped)",
        done,
        succeeded,
        failed,
        aborted);
  }

  private String line(String claim, double seconds, long now, int[] c, TestExecutionResult r) {
    double elapsed = (now - planStart) / 1e9;
    double eta = done == 0 ? Double.NaN : elapsed / done * (total - done);
    String outcome =
        r.getStatus() != TestExecutionResult.Status.SUCCESSFUL
            ? "container " + r.getStatus().name().toLowerCase(Locale.ROOT)
            : c == null
                ? "no tests"
                : String.format(
                    Locale.ROOT,
                    "%d passed, %d failed, %d aborted",
                    c[TestExecutionResult.Status.SUCCESSFUL.ordinal()],
                    c[TestExecutionResult.Status.FAILED.ordinal()],
                    c[TestExecutionResult.Status.ABORTED.ordinal()]);
    return String.format(
        Locale.ROOT,
        "[bn] claim %d/%d %s finished in %.1f s (%s), elapsed %s, eta %s",
        done,
        total,
        claim,
        seconds,
        outcome,
        clock(elapsed),
        clock(eta));
  }

  /** The class name if {@code id} is one of the selected claim classes. */
  private Optional<String> claimClass(TestIdentifier id) {
    if (!id.isTest()
        && id.getSource().orElse(null) instanceof ClassSource cs
        && idByClass.containsKey(cs.getClassName())) {
      return Optional.of(cs.getClassName());
    }
    return Optional.empty();
  }

  /** The claim class a test belongs to (tests of nested classes included). */
  private Optional<String> enclosingClaim(TestIdentifier id) {
    for (TestIdentifier at = id;
        at != null;
        at = plan == null ? null : plan.getParent(at).orElse(null)) {
      Optional<String> cls = claimClass(at);
      if (cls.isPresent()) {
        return cls;
      }
    }
    return Optional.empty();
  }

  /** {@code m:ss}, {@code h:mm:ss} from an hour, {@code ?} when unknown. */
  static String clock(double seconds) {
    if (!Double.isFinite(seconds)) {
      return "?";
    }
    long s = Math.max(0, Math.round(seconds));
    long h = s / 3600;
    return h > 0
        ? String.format(Locale.ROOT, "%d:%02d:%02d", h, (s % 3600) / 60, s % 60)
        : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }
}
