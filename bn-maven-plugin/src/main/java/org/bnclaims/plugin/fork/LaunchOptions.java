package org.bnclaims.plugin.fork;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The launcher's command line, parsed.
 *
 * @param testClasses the directory whose classes are scanned for claims ({@code
 *     target/test-classes})
 * @param tags JUnit tag expression a class must match ({@code claim} by default)
 * @param include claim ids to run; empty means every claim
 * @param exclude claim ids not to run
 * @param junitXml directory for JUnit's own XML of the run, if wanted
 * @param list describe the selected claims instead of running them, for this profile
 * @param claimsAtOnce claim classes run concurrently (they share the lab's workers); 1 runs them
 *     one by one
 */
public record LaunchOptions(
    Path testClasses,
    String tags,
    Set<String> include,
    Set<String> exclude,
    Optional<Path> junitXml,
    Optional<String> list,
    int claimsAtOnce) {

  /** The usage line printed with every argument error. */
  public static final String USAGE =
      "usage: ClaimsLauncherMain --test-classes DIR [--tags EXPR] [--include ID,...]"
          + " [--exclude ID,...] [--junit-xml DIR] [--list PROFILE] [--claims-at-once N]";

  /** Checks what {@link #parse} cannot: a count of claims at once below 1. */
  public LaunchOptions {
    if (claimsAtOnce < 1) {
      throw new IllegalArgumentException(
          "--claims-at-once must be at least 1, got " + claimsAtOnce + "; " + USAGE);
    }
  }

  /** Parses {@code args}; an unknown option or a missing value fails with the usage line. */
  public static LaunchOptions parse(String... args) {
    Path testClasses = null;
    String tags = "claim";
    Set<String> include = new LinkedHashSet<>();
    Set<String> exclude = new LinkedHashSet<>();
    Path junitXml = null;
    String list = null;
    int claimsAtOnce = 1;
    for (int i = 0; i < args.length; i++) {
      String opt = args[i];
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("option " + opt + " needs a value; " + USAGE);
      }
      String value = args[++i];
      switch (opt) {
        case "--test-classes" -> testClasses = Path.of(value);
        case "--tags" -> tags = value;
        case "--include" -> include.addAll(ids(value));
        case "--exclude" -> exclude.addAll(ids(value));
        case "--junit-xml" -> junitXml = Path.of(value);
        case "--list" -> list = value;
        case "--claims-at-once" -> claimsAtOnce = count(opt, value);
        default -> throw new IllegalArgumentException("unknown option " + opt + "; " + USAGE);
      }
    }
    if (testClasses == null) {
      throw new IllegalArgumentException("--test-classes is required; " + USAGE);
    }
    if (tags.isBlank()) {
      throw new IllegalArgumentException("--tags is empty; " + USAGE);
    }
    return new LaunchOptions(
        testClasses,
        tags,
        Set.copyOf(include),
        Set.copyOf(exclude),
        Optional.ofNullable(junitXml),
        Optional.ofNullable(list),
        claimsAtOnce);
  }

  private static int count(String opt, String value) {
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "option " + opt + " needs an integer, got '" + value + "'; " + USAGE, e);
    }
  }

  /** Splits a comma- or space-separated list of claim ids, dropping blanks. */
  public static List<String> ids(String value) {
    List<String> out = new ArrayList<>();
    for (String s : value.split("[,\\s]+")) {
      if (!s.isBlank()) {
        out.add(s.trim());
      }
    }
    return out;
  }
}
