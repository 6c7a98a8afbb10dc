package org.bnclaims.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bnclaims.data.DataConfig;
import org.bnclaims.spec.DataSpec;
import org.bnclaims.verdict.ClaimVerdict;
import org.bnclaims.verdict.Outcome;
import org.bnclaims.verdict.TestReport;
import org.bnclaims.verdict.VerdictJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** Runs the fixture claims through the JUnit engine and checks outcomes and verdict files. */
class ClaimExtensionTest {

  @TempDir Path tmp;

  private EngineExecutionResults run(Class<?> fixture, String profile, String... more) {
    var request =
        EngineTestKit.engine("junit-jupiter")
            .selectors(selectClass(fixture))
            .configurationParameter("bn.profile", profile)
            .configurationParameter("bn.cacheDir", tmp.resolve("cache").toString())
            .configurationParameter("bn.verdictDir", tmp.resolve("verdicts").toString())
            .configurationParameter("bn.workers", "2")
            .configurationParameter(Settings.RUN_FUNCTION, FakeRuns.Function.class.getName());
    for (int i = 0; i < more.length; i += 2) {
      request = request.configurationParameter(more[i], more[i + 1]);
    }
    return request.execute();
  }

  private ClaimVerdict verdict(String id) {
    return VerdictJson.readClaim(tmp.resolve("verdicts").resolve(id + ".json"));
  }

  private static Throwable only(EngineExecutionResults r, TestExecutionResult.Status status) {
    List<Event> finished = r.testEvents().finished().list();
    assertEquals(1, finished.size(), "one test method");
    TestExecutionResult result = finished.get(0).getRequiredPayload(TestExecutionResult.class);
    assertEquals(status, result.getStatus(), () -> String.valueOf(result.getThrowable()));
    return result.getThrowable().orElse(null);
  }

  @Test
  void supportedPassesAndWritesEveryField() {
    only(run(Fixtures.Supported.class, "reduced"), TestExecutionResult.Status.SUCCESSFUL);
    ClaimVerdict v = verdict("fixture-supported");
    assertEquals(Outcome.SUPPORTED, v.verdict());
    assertEquals("A beats B", v.statement());
    assertEquals("fixture, section 1", v.source());
    assertEquals("paper: A vs B", v.paperSetting());
    assertEquals(List.of("the fixture follows itself"), v.conflicts());
    assertEquals("reduced", v.profile());
    assertTrue(v.evidence());
    assertEquals(10, v.runs());
    assertEquals(0, v.cacheHits());
    assertEquals(0, v.failures());
    assertTrue(v.seconds() > 0);
    assertEquals(1, v.charts().size());
    assertEquals("line", v.charts().get(0).type());
    assertEquals(1, v.tests().size());
    TestReport t = v.tests().get(0);
    assertEquals("A - B", t.name());
    assertEquals("directional", t.kind());
    assertEquals(5.6, t.estimate(), 1e-9); // mean of (5, 6, 5.5, 6.5, 5), FakeRuns
    assertEquals(4.98, t.ci90()[0], 0.005);
    assertEquals(6.22, t.ci90()[1], 0.005);
    assertEquals(1.0, t.margin());
    assertEquals(5, t.n());
    assertEquals(List.of(90.0, 91.0, 92.0, 93.0, 94.0), t.arms().get("A"));
    assertTrue(v.reason().startsWith("Supported: A - B: estimate +5.6, 90% CI [4.98, 6.22]"));
    assertTrue(v.reason().endsWith("Notes: A fixture note."), v.reason());
    assertEquals(
        "mnist 10/5 per class (train/test); MLP 8; norm BN_GAMMA_BETA; sgd lr 0.01, sgd lr 0.02;"
            + " batch 8; 2 epochs; 5 seeds (1-5)",
        v.runSetting());
    // What the data layer finds where this build looks for data (the spec's own words without it).
    assertEquals(
        List.of(
            DataDescriptions.prepared(
                DataSpec.of("mnist").withSubset(10, 5), DataConfig.fromEnvironment())),
        v.data());
    assertTrue(v.data().get(0).startsWith("mnist: "), v.data().toString());
    assertEquals(List.of(), v.regimeChecks());
    assertEquals(null, v.decidedBy());
  }

  @Test
  void secondRunReadsTheCache() {
    run(Fixtures.Supported.class, "reduced");
    only(run(Fixtures.Supported.class, "reduced"), TestExecutionResult.Status.SUCCESSFUL);
    ClaimVerdict v = verdict("fixture-supported");
    assertEquals(10, v.runs());
    assertEquals(10, v.cacheHits());
  }

  @Test
  void refutedFailsWithTheNumbers() {
    Throwable t = only(run(Fixtures.Refuted.class, "reduced"), TestExecutionResult.Status.FAILED);
    assertInstanceOf(AssertionFailedError.class, t);
    String m = t.getMessage();
    assertTrue(m.startsWith("fixture-refuted REFUTED. Refuted by A - C: estimate +0.06"), m);
    assertTrue(m.contains("90% CI [-0.138, 0.258], margin 1, n = 5"), m);
    assertTrue(m.contains("A - C [directional]: REFUTED"), m);
    assertEquals(Outcome.REFUTED, verdict("fixture-refuted").verdict());
  }

  @Test
  void inconclusiveAbortsWithTheReason() {
    Throwable t =
        only(run(Fixtures.Inconclusive.class, "reduced"), TestExecutionResult.Status.ABORTED);
    assertInstanceOf(TestAbortedException.class, t);
    assertTrue(
        t.getMessage().contains("Inconclusive: A - D: estimate +0.7, 90% CI [-1.37, 2.77]"),
        t.getMessage());
    assertEquals(Outcome.INCONCLUSIVE, verdict("fixture-inconclusive").verdict());
  }

  @Test
  void unavailableDataIsSkippedWithTheMessage() {
    Throwable t =
        only(run(Fixtures.Unavailable.class, "reduced"), TestExecutionResult.Status.ABORTED);
    assertInstanceOf(TestAbortedException.class, t);
    assertTrue(t.getMessage().startsWith("SKIPPED: "), t.getMessage());
    ClaimVerdict v = verdict("fixture-unavailable");
    assertEquals(Outcome.SKIPPED, v.verdict());
    assertEquals(t.getMessage().substring("SKIPPED: ".length()), v.reason());
    assertTrue(v.reason().toLowerCase().contains("cifar"), v.reason());
    assertTrue(v.tests().isEmpty());
    // The setting it would have run still stands beside the paper's.
    assertTrue(v.runSetting().contains("cifar10"), v.runSetting());
    assertEquals(0, v.runs());
  }

  @Test
  void smokePassesWhateverTheVerdictAndNeverTouchesRealData() {
    only(run(Fixtures.Refuted.class, "smoke"), TestExecutionResult.Status.SUCCESSFUL);
    ClaimVerdict refuted = verdict("fixture-refuted");
    assertEquals(Outcome.REFUTED, refuted.verdict());
    assertEquals("smoke", refuted.profile());
    assertFalse(refuted.evidence());
    assertTrue(refuted.runSetting().startsWith("synthetic stand-in for mnist"));
    only(run(Fixtures.Inconclusive.class, "smoke"), TestExecutionResult.Status.SUCCESSFUL);
    // CIFAR-10 cannot be had, but smoke runs its synthetic stand-in.
    only(run(Fixtures.Unavailable.class, "smoke"), TestExecutionResult.Status.SUCCESSFUL);
    assertEquals(Outcome.SUPPORTED, verdict("fixture-unavailable").verdict());
  }

  @Test
  void seedsOverrideChangesTheCount() {
    run(Fixtures.Supported.class, "reduced", "bn.seeds", "3");
    ClaimVerdict v = verdict("fixture-supported");
    assertEquals(6, v.runs());
    assertEquals(3, v.tests().get(0).n());
    assertTrue(v.runSetting().endsWith("; 3 seeds (1-3)"), v.runSetting());
  }

  @Test
  void methodsJoinOneVerdict() {
    EngineExecutionResults r = run(Fixtures.TwoMethods.class, "reduced");
    assertEquals(1, r.testEvents().succeeded().count());
    assertEquals(1, r.testEvents().failed().count());
    ClaimVerdict v = verdict("fixture-two-methods");
    assertEquals(Outcome.REFUTED, v.verdict());
    assertEquals(List.of("A - B", "A - C"), v.tests().stream().map(TestReport::name).toList());
    assertEquals(15, v.runs(), "arm A serves both methods: its 5 replicates count once");
    assertEquals(0, v.cacheHits());
  }

  @Test
  void anotherExceptionFailsAndLeavesNoVerdict() throws Exception {
    Path stale = tmp.resolve("verdicts").resolve("fixture-broken.json");
    Files.createDirectories(stale.getParent());
    Files.writeString(stale, "{}");
    Throwable t = only(run(Fixtures.Broken.class, "reduced"), TestExecutionResult.Status.FAILED);
    assertEquals("a bug in the claim", t.getMessage());
    assertFalse(Files.exists(stale), "the stale verdict of an earlier run is gone");
  }

  @Test
  void aTestHookThatIsNoRunFunctionFailsTheClass() {
    EngineExecutionResults r =
        run(Fixtures.Supported.class, "reduced", Settings.RUN_FUNCTION, "java.lang.String");
    Throwable t =
        r.containerEvents()
            .failed()
            .list()
            .get(0)
            .getRequiredPayload(TestExecutionResult.class)
            .getThrowable()
            .orElseThrow();
    assertEquals(
        "bn.test.runFunction = 'java.lang.String' is not a org.bnclaims.run.RunFunction",
        t.getMessage());
  }

  @Test
  void badProfileFailsNamingTheValidOnes() {
    EngineExecutionResults r = run(Fixtures.Supported.class, "fast");
    Throwable t =
        r.containerEvents()
            .failed()
            .list()
            .get(0)
            .getRequiredPayload(TestExecutionResult.class)
            .getThrowable()
            .orElseThrow();
    assertEquals(
        "bn.profile = 'fast' is not a profile; valid: smoke, reduced, gpu", t.getMessage());
  }
}
