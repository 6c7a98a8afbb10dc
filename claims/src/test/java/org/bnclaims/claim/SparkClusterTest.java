package org.bnclaims.claim;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Claims run on a real Spark standalone cluster (a master and a worker JVM on 127.0.0.1) give the
 * verdicts of the in-process executor, even when the executor JVM is killed during the run; the
 * cache the driver wrote then serves a local run entirely.
 *
 * <p>Three smoke claims with real training (about 90 runs) keep this to a few minutes on two cores;
 * they exercise everything the other claims would, through the same backend.
 */
@Timeout(value = 15, unit = java.util.concurrent.TimeUnit.MINUTES)
class SparkClusterTest {

  private static final List<String> CLAIMS =
      List.of(
          "org.bnclaims.claims.BnHurtsTinyBatches",
          "org.bnclaims.claims.LargerEpsHelpsSmallBatches",
          "org.bnclaims.claims.BnPreventsDeadUnits");

  private static final Map<String, String> DRIVER =
      Map.of(
          "spark.driver.host",
          LoopbackSparkCluster.HOST,
          "spark.driver.bindAddress",
          LoopbackSparkCluster.HOST,
          "spark.executor.memory",
          "1g",
          "spark.extraListeners",
          ExecutorKiller.class.getName());

  @TempDir Path tmp;

  @Test
  void verdictsOnAStandaloneClusterWithAKilledExecutorEqualTheInProcessOnes() throws Exception {
    Map<String, JsonNode> inProcess = run("in-process", Map.of());

    Map<String, JsonNode> onCluster;
    try (LoopbackSparkCluster cluster = LoopbackSparkCluster.start(tmp.resolve("cluster"), 2)) {
      DRIVER.forEach(System::setProperty);
      ExecutorKiller.arm(cluster);
      try {
        onCluster =
            run("cluster", Map.of("bn.executor", "spark", "bn.spark.master", cluster.masterUrl()));
      } catch (AssertionError e) {
        throw new AssertionError(e.getMessage() + "\nworker log:\n" + cluster.logTail("worker"), e);
      } finally {
        ExecutorKiller.disarm();
        DRIVER.keySet().forEach(System::clearProperty);
      }
    }
    assertEquals(1, ExecutorKiller.KILLED.get(), "one executor JVM was killed mid-run");
    assertTrue(
        ExecutorKiller.FAILED_ATTEMPTS.get() >= 1,
        "the killed executor's task failed and was retried: " + ExecutorKiller.REASONS);
    assertEquals(inProcess.keySet(), onCluster.keySet());
    inProcess.forEach((id, v) -> assertEquals(v, onCluster.get(id), id));
    assertEveryRunComplete(tmp.resolve("cluster-cache"));

    // A local run over the cache the cluster's driver wrote trains nothing.
    Map<String, JsonNode> served = run("served", Map.of(), tmp.resolve("cluster-cache"));
    inProcess.forEach((id, v) -> assertEquals(v, served.get(id), id));
  }

  private Map<String, JsonNode> run(String name, Map<String, String> settings) throws IOException {
    return run(name, settings, tmp.resolve(name + "-cache"));
  }

  /** Runs the claims, returns each verdict's decision (verdict, reason, tests) by claim id. */
  private Map<String, JsonNode> run(String name, Map<String, String> settings, Path cache)
      throws IOException {
    Path verdicts = tmp.resolve(name + "-verdicts");
    var request =
        EngineTestKit.engine("junit-jupiter")
            .selectors(CLAIMS.stream().map(c -> selectClass(c)).toArray(DiscoverySelector[]::new))
            .configurationParameter("bn.profile", "smoke")
            .configurationParameter("bn.workers", "2")
            .configurationParameter("bn.device", "cpu")
            .configurationParameter("bn.cacheDir", cache.toString())
            .configurationParameter("bn.verdictDir", verdicts.toString());
    for (Map.Entry<String, String> e : settings.entrySet()) {
      request = request.configurationParameter(e.getKey(), e.getValue());
    }
    EngineExecutionResults results = request.execute();
    results.containerEvents().failed().stream()
        .findFirst()
        .ifPresent(e -> fail(name + ": a claim class failed: " + e));
    results.testEvents().failed().stream()
        .findFirst()
        .ifPresent(e -> fail(name + ": a claim failed: " + e));
    ObjectMapper json = new ObjectMapper();
    Map<String, JsonNode> out = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(verdicts)) {
      for (Path f : files.sorted().toList()) {
        JsonNode v = json.readTree(f.toFile());
        Map<String, JsonNode> decision = new LinkedHashMap<>();
        for (String field : List.of("verdict", "reason", "tests")) {
          decision.put(field, v.get(field));
        }
        out.put(v.get("id").asText(), json.valueToTree(decision));
        if (name.equals("served")) {
          assertEquals(v.get("runs"), v.get("cacheHits"), f + ": every run served from the cache");
        }
      }
    }
    assertEquals(CLAIMS.size(), out.size(), name + ": verdict files " + out.keySet());
    return out;
  }

  /** Every run directory the driver created holds its completion marker: none is partial. */
  private static void assertEveryRunComplete(Path cache) throws IOException {
    int runs = 0;
    try (Stream<Path> specs = Files.list(cache)) {
      for (Path spec : specs.filter(Files::isDirectory).toList()) {
        try (Stream<Path> seeds = Files.list(spec)) {
          for (Path seed : seeds.filter(Files::isDirectory).toList()) {
            assertTrue(Files.isRegularFile(seed.resolve("COMPLETE")), "partial entry " + seed);
            runs++;
          }
        }
      }
    }
    assertTrue(runs > 0, "the cluster's runs are in " + cache);
  }
}
