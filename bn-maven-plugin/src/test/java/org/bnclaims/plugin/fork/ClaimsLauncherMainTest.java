package org.bnclaims.plugin.fork;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the launcher in-process on the two tagged {@code LauncherFixture*} classes (not named like
 * tests, so surefire leaves them to this test) and one nested class that must be ignored.
 */
class ClaimsLauncherMainTest {

  private static final String TAG = LauncherFixtureFirst.TAG;

  /** Tagged but nested: a fixture, never a claim. */
  @Tag(TAG)
  static class NestedFixture {
    @Test
    void wouldFail() {
      throw new AssertionError("nested classes are not claims");
    }
  }

  @TempDir Path tmp;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String tags, Set<String> include, Set<String> exclude, Optional<Path> xml)
      throws Exception {
    return run(tags, include, exclude, xml, Optional.empty());
  }

  private int run(
      String tags,
      Set<String> include,
      Set<String> exclude,
      Optional<Path> xml,
      Optional<String> list)
      throws Exception {
    return run(tags, include, exclude, xml, list, 1);
  }

  private int run(
      String tags,
      Set<String> include,
      Set<String> exclude,
      Optional<Path> xml,
      Optional<String> list,
      int claimsAtOnce)
      throws Exception {
    Path testClasses =
        Path.of(
            ClaimsLauncherMainTest.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
    return ClaimsLauncherMain.run(
        new LaunchOptions(testClasses, tags, include, exclude, xml, list, claimsAtOnce),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void runsTheTaggedClassesWithProgressAndFailedTestsAreNotAnError() throws Exception {
    Path xml = tmp.resolve("junit");
    assertEquals(ClaimsLauncherMain.OK, run(TAG, Set.of(), Set.of(), Optional.of(xml)));
    String o = out();
    assertTrue(
        o.contains(
                "[bn] running 2 claim(s): [claims-launcher-main-test$-launcher-fixture-first"
                    .replace("claims-launcher-main-test$-", ""))
            || o.contains("launcher-fixture-first"),
        o);
    assertTrue(o.contains("[bn] claim 2/2 "), o);
    assertTrue(
        o.matches(
            "(?s).*second-claim finished in [0-9.]+ s \\(0 passed, 1 failed, 0 aborted\\), elapsed \\d+:\\d\\d, eta \\d+:\\d\\d.*"),
        o);
    assertTrue(o.contains("2 claim(s) ran: 1 test(s) passed, 1 failed, 0 aborted"), o);
    assertTrue(Files.list(xml).anyMatch(f -> f.toString().endsWith(".xml")));
  }

  @Test
  void aClaimThatFailsAsAWholeOrCrashesPrintsItsExceptionAsAnError() throws Exception {
    assertEquals(
        ClaimsLauncherMain.OK,
        run(LauncherFixtureBroken.TAG, Set.of(), Set.of(), Optional.empty()));
    String o = out();
    String error = ClaimsLauncherMain.ERROR_PREFIX;
    assertTrue(
        o.contains(
            error
                + "claim launcher-fixture-broken failed as a whole with"
                + " java.lang.IllegalArgumentException: bn.seeds must be an integer >= 2, got '0'"),
        o);
    assertTrue(
        o.contains(
            error
                + "launcher-fixture-crashing: test crashes() failed with"
                + " java.lang.IllegalStateException: no dataset"
                + " (caused by java.io.IOException: disk full)"),
        o);
    assertTrue(!o.contains("refuted: estimate"), "an assertion is a verdict, not an error: " + o);
  }

  @Test
  void claimsAtOnceRunsThatManyClaimClassesConcurrently() throws Exception {
    // Each fixture waits for the other to start: they pass only when both run at the same time.
    assertEquals(ClaimsLauncherMain.OK, runTogether(2, 10_000));
    assertTrue(out().contains("2 claim(s) ran: 2 test(s) passed, 0 failed"), out());
    assertTrue(out().contains("[bn] claim 2/2 "), out());
    out.reset();
    assertEquals(ClaimsLauncherMain.OK, runTogether(1, 300));
    assertTrue(out().contains("2 claim(s) ran: 1 test(s) passed, 1 failed"), out());
  }

  /** Runs the two fixtures that wait up to {@code millis} for each other. */
  private int runTogether(int claimsAtOnce, long millis) throws Exception {
    LauncherFixtureTogether.arm(2, millis);
    return run(
        LauncherFixtureTogether.TAG,
        Set.of(),
        Set.of(),
        Optional.empty(),
        Optional.empty(),
        claimsAtOnce);
  }

  @Test
  void selectsByClaimIdIgnoringCaseAndDashes() throws Exception {
    assertEquals(
        ClaimsLauncherMain.OK, run(TAG, Set.of("SecondClaim"), Set.of(), Optional.empty()));
    assertTrue(out().contains("[bn] running 1 claim(s): [second-claim]"), out());
    out.reset();
    assertEquals(
        ClaimsLauncherMain.OK, run(TAG, Set.of(), Set.of("second-claim"), Optional.empty()));
    assertTrue(out().contains("running 1 claim(s)") && !out().contains("second-claim"), out());
  }

  @Test
  void unknownIdsFailWithTheKnownOnes() throws Exception {
    assertEquals(ClaimsLauncherMain.BAD_ARGS, run(TAG, Set.of("nope"), Set.of(), Optional.empty()));
    assertTrue(
        err().contains("unknown claim id(s) [nope]; the claims tagged '" + TAG + "' are ["), err());
    assertTrue(err().contains("second-claim"), err());
  }

  @Test
  void nothingToRunIsItsOwnStatus() throws Exception {
    assertEquals(
        ClaimsLauncherMain.NO_CLAIMS, run("no-such-tag", Set.of(), Set.of(), Optional.empty()));
    assertTrue(err().startsWith(ClaimsLauncherMain.ERROR_PREFIX + "no claim to run"), err());
    err.reset();
    assertEquals(
        ClaimsLauncherMain.NO_CLAIMS,
        ClaimsLauncherMain.run(
            new LaunchOptions(
                tmp.resolve("absent"),
                TAG,
                Set.of(),
                Set.of(),
                Optional.empty(),
                Optional.empty(),
                1),
            new PrintStream(out),
            new PrintStream(err, true, StandardCharsets.UTF_8)));
    assertTrue(err().contains("not found"), err());
  }

  @Test
  void listDescribesTheClaimAnnotationForTheProfileWithoutRunning() throws Exception {
    assertEquals(
        ClaimsLauncherMain.OK,
        run(TAG, Set.of(), Set.of(), Optional.empty(), Optional.of("reduced")));
    String o = out();
    assertTrue(o.contains("[bn] 2 claim(s), profile reduced:"), o);
    assertTrue(
        o.contains("launcher-fixture-first  (" + LauncherFixtureFirst.class.getName() + ")"), o);
    assertTrue(
        o.contains(
            String.join(
                System.lineSeparator(),
                "second-claim  (" + LauncherFixtureSecond.class.getName() + ")",
                "    statement:      the second fixture fails",
                "    conflicts:      text vs code",
                "    seeds (reduced): 5")),
        o);
    assertTrue(!o.contains("finished in"), o);
  }

  @Test
  void idsComeFromTheClaimAnnotationOrTheKebabCasedClassName() {
    assertEquals("second-claim", ClaimIds.idOf(LauncherFixtureSecond.class));
    assertEquals("launcher-fixture-first", ClaimIds.idOf(LauncherFixtureFirst.class));
    assertEquals("bn-helps-small-batches", ClaimIds.kebab("BnHelpsSmallBatches"));
    assertEquals(ClaimIds.key("affine-irrelevant-3c3d"), ClaimIds.key("AffineIrrelevant3c3d"));
  }
}
