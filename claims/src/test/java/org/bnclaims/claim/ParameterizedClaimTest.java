package org.bnclaims.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.nio.file.Path;
import java.util.List;
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

/**
 * Rows of a {@code @ParameterizedTest} join the claim's verdict exactly as separate methods do,
 * carry their display names into the JUnit tree and the verdict file, and train together.
 */
class ParameterizedClaimTest {

  @TempDir Path tmp;

  private EngineExecutionResults run(Class<?> fixture) {
    return EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(fixture))
        .configurationParameter("bn.profile", "reduced")
        .configurationParameter(
            "bn.cacheDir", tmp.resolve("cache-" + fixture.getSimpleName()).toString())
        .configurationParameter("bn.verdictDir", tmp.resolve("verdicts").toString())
        .configurationParameter("bn.workers", "2")
        .configurationParameter(Settings.RUN_FUNCTION, FakeRuns.Function.class.getName())
        .execute();
  }

  private ClaimVerdict verdict(String id) {
    return VerdictJson.readClaim(tmp.resolve("verdicts").resolve(id + ".json"));
  }

  private static List<String> finished(EngineExecutionResults r, TestExecutionResult.Status s) {
    return r.testEvents().finished().list().stream()
        .filter(e -> e.getRequiredPayload(TestExecutionResult.class).getStatus() == s)
        .map(Event::getTestDescriptor)
        .map(d -> d.getDisplayName())
        .toList();
  }

  private static List<String> rows(ClaimVerdict v) {
    return v.tests().stream().map(TestReport::row).toList();
  }

  @Test
  void rowsJoinOneVerdictExactlyAsSeparateMethodsDo() {
    run(Fixtures.TwoMethods.class);
    ClaimVerdict methods = verdict("fixture-two-methods");
    EngineExecutionResults r = run(RowFixtures.ValueRows.class);
    assertEquals(List.of("lr 0.02"), finished(r, TestExecutionResult.Status.SUCCESSFUL));
    assertEquals(List.of("lr 0.03"), finished(r, TestExecutionResult.Status.FAILED));
    ClaimVerdict rows = verdict("rows-value-source");
    assertEquals(Outcome.REFUTED, rows.verdict());
    assertEquals(methods.reason(), rows.reason());
    assertEquals(List.of("A - B", "A - C"), rows.tests().stream().map(TestReport::name).toList());
    assertEquals(List.of("lr 0.02", "lr 0.03"), rows(rows));
    assertEquals(methods.runs(), rows.runs());
    assertEquals(methods.cacheHits(), rows.cacheHits());
    for (int i = 0; i < 2; i++) {
      assertEquals(methods.tests().get(i).estimate(), rows.tests().get(i).estimate());
      assertEquals(methods.tests().get(i).pRefute(), rows.tests().get(i).pRefute());
    }
    assertNull(methods.tests().get(0).row(), "a plain method records no row");
  }

  @Test
  void namedRowsTrainInOneExecutorBatchAndShowTheirNames() {
    EngineExecutionResults r = run(RowFixtures.NamedRows.class);
    // The fixture asserts in every row that the lab has called the executor once.
    assertEquals(List.of("[1] A vs B"), finished(r, TestExecutionResult.Status.SUCCESSFUL));
    assertEquals(List.of("[2] A vs C"), finished(r, TestExecutionResult.Status.FAILED));
    ClaimVerdict v = verdict("rows-named");
    assertEquals(Outcome.REFUTED, v.verdict());
    assertEquals(List.of("[1] A vs B", "[2] A vs C"), rows(v));
    assertEquals(15, v.runs(), "arm A serves both rows: its 5 replicates count once");
    assertEquals(0, v.cacheHits());
  }

  @Test
  void csvAndEnumSourcesWorkAndRowsJoinPlainMethods() {
    run(RowFixtures.CsvRows.class);
    ClaimVerdict csv = verdict("rows-csv-source");
    assertEquals(Outcome.REFUTED, csv.verdict());
    assertEquals(List.of("A vs B", "A vs C"), rows(csv));
    EngineExecutionResults r = run(RowFixtures.EnumRowsAndAMethod.class);
    assertEquals(3, r.testEvents().finished().count());
    ClaimVerdict both = verdict("rows-enum-source");
    assertEquals(3, both.tests().size());
    assertEquals(
        List.of("[1] B", "[2] C"),
        both.tests().stream().filter(t -> t.row() != null).map(TestReport::row).toList());
    assertEquals(Outcome.REFUTED, both.verdict());
  }

  @Test
  void aRowWithoutItsDataIsSkippedAndLeftOutOfTheVerdict() {
    EngineExecutionResults r = run(RowFixtures.OneRowUnavailable.class);
    assertEquals(List.of("mnist"), finished(r, TestExecutionResult.Status.SUCCESSFUL));
    assertEquals(List.of("cifar10"), finished(r, TestExecutionResult.Status.ABORTED));
    ClaimVerdict v = verdict("rows-one-unavailable");
    assertEquals(Outcome.SUPPORTED, v.verdict());
    assertEquals(List.of("mnist: A - B"), v.tests().stream().map(TestReport::name).toList());
    assertTrue(
        v.reason().contains("Notes: Left out, data unavailable (cifar10): Dataset 'cifar10'"),
        v.reason());
  }

  @Test
  void aClaimWhoseRowsAllLackTheirDataIsSkipped() {
    EngineExecutionResults r = run(RowFixtures.AllRowsUnavailable.class);
    assertEquals(2, r.testEvents().aborted().count());
    ClaimVerdict v = verdict("rows-all-unavailable");
    assertEquals(Outcome.SKIPPED, v.verdict());
    assertTrue(v.reason().startsWith("Dataset 'cifar10' is not available."), v.reason());
    assertTrue(v.reason().contains("Dataset 'cifar100'"), v.reason());
  }
}
