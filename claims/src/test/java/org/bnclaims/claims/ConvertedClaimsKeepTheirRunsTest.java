package org.bnclaims.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bnclaims.verdict.ClaimVerdict;
import org.bnclaims.verdict.VerdictJson;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * The claims converted to parameterized rows ask for exactly the runs they asked for before, in
 * every profile: the spec hashes of every arm of every row equal those pinned from the
 * pre-conversion code (resource {@code pinned-claim-specs.txt}, one {@code id profile hash} line
 * per spec), so the run cache serves them from runs made before the conversion; their verdicts on
 * those runs equal the pre-conversion verdicts (resource {@code pinned-claim-verdicts.txt}: the
 * outcome and every test's name and outcome, from the same stand-in runs); and a second pass on the
 * same cache computes nothing.
 */
class ConvertedClaimsKeepTheirRunsTest {

  static final List<Class<?>> CONVERTED =
      List.of(
          BnHelpsSmallBatches.class,
          BnHurtsTinyBatches.class,
          BnAllowsHigherLr.class,
          BnOnlyTrainingExpressive.class,
          LargerEpsHelpsSmallBatches.class,
          AffineIrrelevant3c3d.class,
          BnPreventsDeadUnits.class,
          BnEssentialCifar10Sgd.class);

  @TempDir Path tmp;

  static Stream<Arguments> claimsAndProfiles() {
    List<Arguments> rows = new ArrayList<>();
    for (Class<?> c : CONVERTED) {
      for (String profile : List.of("smoke", "reduced", "gpu")) {
        rows.add(Arguments.argumentSet(c.getSimpleName() + " " + profile, c, profile));
      }
    }
    return rows.stream();
  }

  private ClaimVerdict run(Class<?> claim, String profile, Path cache) {
    Path verdicts = tmp.resolve("verdicts");
    EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(claim))
        .configurationParameter("bn.profile", profile)
        .configurationParameter("bn.cacheDir", cache.toString())
        .configurationParameter("bn.verdictDir", verdicts.toString())
        .configurationParameter("bn.workers", "2")
        .configurationParameter("bn.test.runFunction", PlausibleRuns.class.getName())
        .execute();
    String id = claim.getAnnotation(org.bnclaims.claim.Claim.class).id();
    Path file = verdicts.resolve(id + ".json");
    assertTrue(Files.exists(file), id + " (" + profile + ") broke: no verdict written");
    return VerdictJson.readClaim(file);
  }

  @ParameterizedTest
  @MethodSource("claimsAndProfiles")
  void specHashesArePinnedAndASecondPassComputesNothing(Class<?> claim, String profile)
      throws IOException {
    Path cache = tmp.resolve("cache");
    ClaimVerdict first = run(claim, profile, cache);
    String id = first.id();
    TreeSet<String> actual = new TreeSet<>();
    int replicates = 0;
    try (Stream<Path> dirs = Files.list(cache)) {
      for (Path d : dirs.filter(Files::isDirectory).toList()) {
        List<Path> seeds;
        try (Stream<Path> s = Files.list(d)) {
          seeds = s.filter(Files::isDirectory).toList();
        }
        replicates += seeds.size();
        String json = Files.readString(seeds.get(0).resolve("spec.json"), StandardCharsets.UTF_8);
        actual.add(id + " " + profile + " " + pinnedVersionHash(json));
      }
    }
    assertEquals(replicates, first.runs(), "each replicate counts once, however many rows use it");
    assertEquals(0, first.cacheHits());
    TreeSet<String> pinned = new TreeSet<>();
    for (String line : pinnedLines("pinned-claim-specs.txt")) {
      if (line.startsWith(id + " " + profile + " ")) {
        pinned.add(line);
      }
    }
    assertEquals(pinned, actual, () -> "actual:\n" + String.join("\n", actual));
    String verdict = id + " " + profile + " " + signature(first);
    assertTrue(
        pinnedLines("pinned-claim-verdicts.txt").contains(verdict), () -> "verdict: " + verdict);
    ClaimVerdict second = run(claim, profile, cache);
    assertEquals(second.runs(), second.cacheHits(), "the second pass computes nothing");
    assertEquals(first.verdict(), second.verdict());
    assertEquals(first.runs(), second.runs());
  }

  /**
   * The spec's hash as the pinning code computed it, under {@code SEMANTICS_VERSION} 1 (the pins
   * predate version 2, which changed what conv nets compute, not what any claim asks for): SHA-256
   * of {@code {"semantics":1,"spec":<canonical JSON>}}, as {@code SpecHash} documents.
   */
  static String pinnedVersionHash(String canonicalSpec) {
    try {
      byte[] d =
          MessageDigest.getInstance("SHA-256")
              .digest(
                  ("{\"semantics\":1,\"spec\":" + canonicalSpec + "}")
                      .getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The outcome, then each test's name and outcome sorted by name (rows may run in any order). */
  static String signature(ClaimVerdict v) {
    return v.verdict()
        + " "
        + v.tests().stream()
            .map(t -> t.name() + "=" + t.outcome())
            .sorted()
            .collect(Collectors.joining("; "));
  }

  private static List<String> pinnedLines(String resource) throws IOException {
    try (InputStream in = ConvertedClaimsKeepTheirRunsTest.class.getResourceAsStream(resource)) {
      if (in == null) {
        return List.of();
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .toList();
    }
  }
}
