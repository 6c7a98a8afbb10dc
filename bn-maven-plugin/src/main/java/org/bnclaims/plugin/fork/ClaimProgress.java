package org.bnclaims.plugin.fork;

import java.io.PrintStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.bnclaims.run.BatchClock;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints one line per finished claim class with the elapsed time and an ETA ({@link BatchClock},
 * the same clock as the executor's run lines, with as many lanes as claims run at once), and counts
 * the JUnit outcomes of the tests inside. Claims running concurrently report from their own
 * threads, so every callback holds the lock. Claims differ a lot in cost, so the ETA is rough; the
 * executor's per-run lines inside a claim are finer.
 *
 * <p>A claim class that fails as a whole (its extension refused a setting, a {@code @BeforeAll}
 * threw) and a claim test that ends with an exception other than an assertion (a refuted claim
 * fails its test with an assertion, which is a verdict, not an error) are printed as {@link
 * ClaimsLauncherMain#ERROR_PREFIX} lines with the exception, so the plugin can say why a claim
 * wrote no verdict instead of leaving the cause in a JUnit XML file.
 */
final class ClaimProgress implements TestExecutionListener {

  private final Map<String, String> idByClass;
  private final PrintStream out;
  private final LongSupplier nanoClock;
  private final Map<String, Long> startedAt = new HashMap<>();
  private final Map<String, int[]> countsByClass = new HashMap<>();
  private final int total;
  private final int claimsAtOnce;
  private TestPlan plan;
  private BatchClock clock;
  private int succeeded;
  private int failed;
  private int aborted;
  private int done;

  ClaimProgress(
      Map<String, String> idByClass, int claimsAtOnce, PrintStream out, LongSupplier nanoClock) {
    this.idByClass = Map.copyOf(idByClass);
    this.claimsAtOnce = claimsAtOnce;
    this.out = out;
    this.nanoClock = nanoClock;
    this.total = idByClass.size();
  }

  @Override
  public synchronized void testPlanExecutionStarted(TestPlan testPlan) {
    plan = testPlan;
    clock = new BatchClock(total, claimsAtOnce, nanoClock);
  }

  @Override
  public synchronized void executionStarted(TestIdentifier id) {
    claimClass(id)
        .ifPresent(
            cls -> {
              startedAt.put(cls, nanoClock.getAsLong());
              countsByClass.put(cls, new int[TestExecutionResult.Status.values().length]);
            });
  }

  @Override
  public synchronized void executionFinished(TestIdentifier id, TestExecutionResult result) {
    if (id.isTest()) {
      switch (result.getStatus()) {
        case SUCCESSFUL -> succeeded++;
        case FAILED -> failed++;
        case ABORTED -> aborted++;
      }
      Optional<String> cls = enclosingClaim(id);
      cls.map(countsByClass::get).ifPresent(c -> c[result.getStatus().ordinal()]++);
      result
          .getThrowable()
          .filter(t -> result.getStatus() == TestExecutionResult.Status.FAILED)
          .filter(t -> !(t instanceof AssertionError))
          .ifPresent(
              t ->
                  error(
                      cls.map(idByClass::get).orElse("?")
                          + ": test "
                          + id.getDisplayName()
                          + " failed with "
                          + describe(t)));
      return;
    }
    claimClass(id)
        .ifPresent(
            cls -> {
              long now = nanoClock.getAsLong();
              int[] c = countsByClass.remove(cls);
              Duration took = Duration.ofNanos(now - startedAt.getOrDefault(cls, now));
              out.println(line(idByClass.get(cls), took, c, result));
              if (result.getStatus() == TestExecutionResult.Status.FAILED) {
                error(
                    "claim "
                        + idByClass.get(cls)
                        + " failed as a whole"
                        + result.getThrowable().map(t -> " with " + describe(t)).orElse(""));
              }
            });
  }

  @Override
  public synchronized void executionSkipped(TestIdentifier id, String reason) {
    claimClass(id)
        .ifPresent(
            cls -> {
              BatchClock.Tick t = tick(Duration.ZERO, false);
              out.println(
                  String.format(
                      Locale.ROOT,
                      "[bn] claim %d/%d %s disabled: %s",
                      t.done(),
                      total,
                      idByClass.get(cls),
                      reason));
            });
  }

  /** Totals over all claim tests, for the last line of the fork's output. */
  synchronized String summary() {
    return String.format(
        Locale.ROOT,
        "%d claim(s) ran: %d test(s) passed, %d failed, %d aborted (inconclusive or skipped)",
        done,
        succeeded,
        failed,
        aborted);
  }

  private String line(String claim, Duration took, int[] c, TestExecutionResult r) {
    BatchClock.Tick t = tick(took, true);
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
        t.done(),
        total,
        claim,
        took.toMillis() / 1000.0,
        outcome,
        BatchClock.clock(t.elapsed()),
        BatchClock.clock(t.eta()));
  }

  private BatchClock.Tick tick(Duration took, boolean didWork) {
    if (clock == null) {
      clock = new BatchClock(total, claimsAtOnce, nanoClock);
    }
    done++;
    return clock.finished(took, didWork);
  }

  private void error(String message) {
    out.println(ClaimsLauncherMain.ERROR_PREFIX + message);
  }

  /** The exception's type and message, and its root cause's when it has one. */
  static String describe(Throwable t) {
    Throwable root = t;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String s = firstLine(t);
    return root == t ? s : s + " (caused by " + firstLine(root) + ")";
  }

  private static String firstLine(Throwable t) {
    String m = String.valueOf(t.getMessage());
    int nl = m.indexOf('\n');
    return t.getClass().getName() + ": " + (nl < 0 ? m : m.substring(0, nl));
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
}
