package org.bnclaims.plugin.fork;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathRoots;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.reporting.legacy.xml.LegacyXmlReportGeneratingListener;

/**
 * Entry point of the forked JVM: finds the claim classes (top-level classes matching the tag
 * expression; nested ones are test fixtures) under the test-classes directory, checks the requested
 * ids against them, runs the selected ones ({@code --claims-at-once} at a time) and reports
 * progress. A failing claim test is not an error here (a REFUTED claim fails its test; the verdict
 * files are what the plugin reads), so the exit code only says whether the run happened: {@value
 * #OK} ran, {@value #BAD_ARGS} bad arguments or unknown ids, {@value #NO_CLAIMS} nothing to run,
 * {@value #CRASH} the launcher itself failed.
 */
public final class ClaimsLauncherMain {

  /** The claims ran (whatever their outcome). */
  public static final int OK = 0;

  /** The launcher crashed. */
  public static final int CRASH = 1;

  /** Bad arguments, or a requested claim id that no class has. */
  public static final int BAD_ARGS = 2;

  /** No claim class matched. */
  public static final int NO_CLAIMS = 3;

  /** Prefix of the lines the plugin shows as the reason of a failed fork. */
  public static final String ERROR_PREFIX = "[bn] error: ";

  private ClaimsLauncherMain() {}

  /** Runs the launcher and exits with its status. */
  public static void main(String[] args) {
    int status;
    try {
      status = run(LaunchOptions.parse(args), System.out, System.err);
    } catch (IllegalArgumentException e) {
      System.err.println(ERROR_PREFIX + e.getMessage());
      status = BAD_ARGS;
    } catch (RuntimeException | Error e) {
      System.err.println(ERROR_PREFIX + "the JUnit launcher failed: " + e);
      e.printStackTrace();
      status = CRASH;
    }
    System.exit(status);
  }

  /** Runs the selected claims; returns the exit status. */
  static int run(LaunchOptions options, PrintStream out, PrintStream err) {
    if (!Files.isDirectory(options.testClasses())) {
      err.println(ERROR_PREFIX + "test classes directory " + options.testClasses() + " not found");
      return NO_CLAIMS;
    }
    Launcher launcher = LauncherFactory.create();
    Map<String, String> all = discoverClaims(launcher, options);
    Map<String, String> byKey = new TreeMap<>();
    all.forEach((id, cls) -> byKey.put(ClaimIds.key(id), id));
    List<String> unknown = new ArrayList<>();
    for (String id : union(options.include(), options.exclude())) {
      if (!byKey.containsKey(ClaimIds.key(id))) {
        unknown.add(id);
      }
    }
    if (!unknown.isEmpty()) {
      err.println(
          ERROR_PREFIX
              + "unknown claim id(s) "
              + unknown
              + "; the claims tagged '"
              + options.tags()
              + "' are "
              + all.keySet());
      return BAD_ARGS;
    }
    Set<String> includeKeys = keys(options.include());
    Set<String> excludeKeys = keys(options.exclude());
    List<ClassSelector> selected = new ArrayList<>();
    Map<String, String> idByClass = new LinkedHashMap<>();
    all.forEach(
        (id, cls) -> {
          String k = ClaimIds.key(id);
          if ((includeKeys.isEmpty() || includeKeys.contains(k)) && !excludeKeys.contains(k)) {
            selected.add(selectClass(cls));
            idByClass.put(cls, id);
          }
        });
    if (selected.isEmpty()) {
      err.println(
          ERROR_PREFIX
              + "no claim to run: "
              + (all.isEmpty()
                  ? "no class under " + options.testClasses() + " matches tags '" + options.tags()
                  : "every claim is excluded")
              + "'");
      return NO_CLAIMS;
    }
    if (options.list().isPresent()) {
      out.println("[bn] " + selected.size() + " claim(s), profile " + options.list().get() + ":");
      for (ClassSelector c : selected) {
        ClaimDescriber.describe(
                idByClass.get(c.getClassName()), c.getJavaClass(), options.list().get())
            .forEach(out::println);
      }
      return OK;
    }
    out.println("[bn] running " + selected.size() + " claim(s): " + idByClass.values());
    LauncherDiscoveryRequest request =
        LauncherDiscoveryRequestBuilder.request()
            .selectors(selected)
            .filters(TagFilter.includeTags(options.tags()))
            .configurationParameters(concurrency(options.claimsAtOnce()))
            .build();
    List<TestExecutionListener> listeners = new ArrayList<>();
    ClaimProgress progress =
        new ClaimProgress(idByClass, options.claimsAtOnce(), out, System::nanoTime);
    listeners.add(progress);
    options
        .junitXml()
        .ifPresent(
            dir ->
                listeners.add(
                    new LegacyXmlReportGeneratingListener(dir, new PrintWriter(err, true))));
    launcher.execute(request, listeners.toArray(TestExecutionListener[]::new));
    out.println("[bn] " + progress.summary());
    return OK;
  }

  /**
   * JUnit's settings for {@code claimsAtOnce} claim classes at a time: classes run concurrently,
   * the tests inside one class one after another on its thread (a claim's tests share its lab and
   * read each other's runs in order). A fixed pool of exactly that size, so a claim that blocks
   * waiting for its runs never makes JUnit start yet another claim.
   */
  static Map<String, String> concurrency(int claimsAtOnce) {
    if (claimsAtOnce == 1) {
      return Map.of();
    }
    String n = String.valueOf(claimsAtOnce);
    return Map.of(
        "junit.jupiter.execution.parallel.enabled", "true",
        "junit.jupiter.execution.parallel.mode.default", "same_thread",
        "junit.jupiter.execution.parallel.mode.classes.default", "concurrent",
        "junit.jupiter.execution.parallel.config.strategy", "fixed",
        "junit.jupiter.execution.parallel.config.fixed.parallelism", n,
        "junit.jupiter.execution.parallel.config.fixed.max-pool-size", n,
        "junit.jupiter.execution.parallel.config.fixed.saturate", "true");
  }

  /** Claim id to class name for every top-level class that matches the tag expression. */
  private static Map<String, String> discoverClaims(Launcher launcher, LaunchOptions options) {
    TestPlan plan =
        launcher.discover(
            LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClasspathRoots(Set.of(options.testClasses())))
                .filters(TagFilter.includeTags(options.tags()))
                .build());
    Map<String, String> claims = new TreeMap<>();
    for (TestIdentifier root : plan.getRoots()) {
      for (TestIdentifier child : plan.getChildren(root)) {
        TestSource source = child.getSource().orElse(null);
        // A claim is a top-level class; a nested class carrying the tag is a fixture of some test
        // (the claim API tests its extension on such classes), not a finding.
        if (source instanceof ClassSource cs && cs.getJavaClass().getEnclosingClass() == null) {
          String id = ClaimIds.idOf(cs.getJavaClass());
          String before = claims.put(id, cs.getClassName());
          if (before != null && !before.equals(cs.getClassName())) {
            throw new IllegalArgumentException(
                "claim id '" + id + "' is used by " + before + " and " + cs.getClassName());
          }
        }
      }
    }
    return claims;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> u = new TreeSet<>(a);
    u.addAll(b);
    return u;
  }

  private static Set<String> keys(Set<String> ids) {
    Set<String> k = new TreeSet<>();
    ids.forEach(id -> k.add(ClaimIds.key(id)));
    return k;
  }
}
