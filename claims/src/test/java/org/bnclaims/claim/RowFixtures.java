package org.bnclaims.claim;

import static org.bnclaims.claim.FakeRuns.LR_A;
import static org.bnclaims.claim.FakeRuns.LR_B;
import static org.bnclaims.claim.FakeRuns.LR_C;
import static org.bnclaims.claim.FakeRuns.spec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.bnclaims.spec.RunSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Parameterized claims, run only through the engine test kit (see {@link Fixtures}); each mirrors
 * {@link Fixtures.TwoMethods} (A beats B: SUPPORTED; A beats C: REFUTED) with one row per
 * comparison, so its verdict must equal that of the two methods.
 */
final class RowFixtures {

  private RowFixtures() {}

  /** The arms of the row comparing A with the arm at {@code lr}. */
  static Map<String, RunSpec> arms(String other, double lr) {
    Map<String, RunSpec> arms = new LinkedHashMap<>();
    arms.put("A", spec(LR_A));
    arms.put(other, spec(lr));
    return arms;
  }

  /** One row's test: A - other, paired by seed. */
  static void aBeats(String other, double lr, Lab lab, Verdicts verdicts) {
    Map<String, Arm> ran = lab.runAll(arms(other, lr));
    verdicts.directional(
        "A - " + other, ran.get("A").finalTestAccuracyPct(), ran.get(other).finalTestAccuracyPct());
  }

  @Claim(
      id = "rows-value-source",
      statement = "A beats B and C",
      source = "s",
      paperSetting = "p",
      margin = 1.0)
  static class ValueRows {
    @ParameterizedTest(name = "lr {0}")
    @ValueSource(doubles = {LR_B, LR_C})
    void aBeats(double lr, Lab lab, Verdicts verdicts) {
      RowFixtures.aBeats(lr == LR_B ? "B" : "C", lr, lab, verdicts);
    }
  }

  /** Named rows whose arms all train in one executor batch, declared in {@code @BeforeAll}. */
  @Claim(
      id = "rows-named",
      statement = "A beats B and C",
      source = "s",
      paperSetting = "p",
      margin = 1.0)
  static class NamedRows {
    static Stream<Arguments> others() {
      return Stream.of(argumentSet("A vs B", "B", LR_B), argumentSet("A vs C", "C", LR_C));
    }

    @BeforeAll
    static void trainEveryRowTogether(Lab lab) {
      lab.prefetch(arms("B", LR_B).values());
      lab.prefetch(arms("C", LR_C).values());
    }

    @ParameterizedTest
    @MethodSource("others")
    void aBeats(String other, double lr, Lab lab, Verdicts verdicts) {
      RowFixtures.aBeats(other, lr, lab, verdicts);
      assertEquals(1, lab.executorCalls(), "every row's runs went to the executor in one batch");
    }
  }

  @Claim(
      id = "rows-csv-source",
      statement = "A beats B and C",
      source = "s",
      paperSetting = "p",
      margin = 1.0)
  static class CsvRows {
    @ParameterizedTest(name = "A vs {0}")
    @CsvSource({"B, 0.02", "C, 0.03"})
    void aBeats(String other, double lr, Lab lab, Verdicts verdicts) {
      RowFixtures.aBeats(other, lr, lab, verdicts);
    }
  }

  /** The arms other than A, as an enum for {@code @EnumSource}. */
  enum Other {
    B(LR_B),
    C(LR_C);

    final double lr;

    Other(double lr) {
      this.lr = lr;
    }
  }

  /** An enum row source, plus a plain method: rows and methods join one verdict. */
  @Claim(
      id = "rows-enum-source",
      statement = "A beats B and C",
      source = "s",
      paperSetting = "p",
      margin = 1.0)
  static class EnumRowsAndAMethod {
    @ParameterizedTest
    @EnumSource(Other.class)
    void aBeats(Other other, Lab lab, Verdicts verdicts) {
      RowFixtures.aBeats(other.name(), other.lr, lab, verdicts);
    }

    @Test
    void bBeatsC(Lab lab, Verdicts verdicts) {
      verdicts.directional(
          "B - C",
          lab.run("B", spec(LR_B)).finalTestAccuracyPct(),
          lab.run("C", spec(LR_C)).finalTestAccuracyPct());
    }
  }

  /** The second row's data cannot be had: it is left out, the claim decides on the first. */
  @Claim(
      id = "rows-one-unavailable",
      statement = "A beats B",
      source = "s",
      paperSetting = "p",
      margin = 1.0)
  static class OneRowUnavailable {
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"mnist", "cifar10"})
    void aBeatsB(String dataset, Lab lab, Verdicts verdicts) {
      verdicts.directional(
          dataset + ": A - B",
          lab.run("A", spec(dataset, LR_A)).finalTestAccuracyPct(),
          lab.run("B", spec(dataset, LR_B)).finalTestAccuracyPct());
    }
  }

  @Claim(
      id = "rows-all-unavailable",
      statement = "A beats B",
      source = "s",
      paperSetting = "p",
      margin = 1.0)
  static class AllRowsUnavailable {
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"cifar10", "cifar100"})
    void aBeatsB(String dataset, Lab lab, Verdicts verdicts) {
      verdicts.directional(
          dataset + ": A - B",
          lab.run("A", spec(dataset, LR_A)).finalTestAccuracyPct(),
          lab.run("B", spec(dataset, LR_B)).finalTestAccuracyPct());
    }
  }
}
