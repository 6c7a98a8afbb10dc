package org.bnclaims.plugin;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The class path of the claims JVM: the project's test class path first (its classes, the lab, its
 * JUnit), then what the launcher needs that the project lacks (the JUnit Platform launcher and
 * reporting modules, and bn-core for the progress clock, from this plugin's dependencies), then
 * this plugin's jar for the launcher main. The project's own JUnit Platform wins when it has one,
 * so the launcher matches its engine; its own bn-core wins too, with a warning when the versions
 * differ.
 */
final class ForkClasspath {

  static final String PLATFORM = "org.junit.platform";
  static final List<String> LAUNCHER_MODULES =
      List.of("junit-platform-launcher", "junit-platform-reporting");

  /** The lab's core: the launcher prints progress with its {@code BatchClock}. */
  static final String BN_CORE = "org.bnclaims:bn-core";

  /**
   * The class path and notes for the log.
   *
   * @param entries class path in order
   * @param warnings version mismatches worth a warning
   */
  record Result(List<Path> entries, List<String> warnings) {}

  private ForkClasspath() {}

  /**
   * Builds the class path; fails when the project has no JUnit Platform engine on its test class
   * path (then there is nothing the launcher could run).
   */
  static Result build(
      List<Path> projectTestClasspath,
      List<Jar> projectArtifacts,
      List<Jar> pluginArtifacts,
      Path pluginJar) {
    Map<String, Jar> project = new TreeMap<>();
    projectArtifacts.forEach(j -> project.put(j.key(), j));
    Optional<Jar> engine = Optional.ofNullable(project.get(PLATFORM + ":junit-platform-engine"));
    if (engine.isEmpty()) {
      throw new IllegalArgumentException(
          "the project's test class path has no JUnit Platform (org.junit.platform:"
              + "junit-platform-engine); add org.junit.jupiter:junit-jupiter with scope test");
    }
    Set<Path> entries = new LinkedHashSet<>(projectTestClasspath);
    List<String> warnings = new ArrayList<>();
    for (String module : LAUNCHER_MODULES) {
      if (project.containsKey(PLATFORM + ":" + module)) {
        continue;
      }
      Jar mine =
          pluginArtifacts.stream()
              .filter(j -> j.key().equals(PLATFORM + ":" + module))
              .findFirst()
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "bn-maven-plugin is missing its own dependency "
                              + PLATFORM
                              + ":"
                              + module));
      if (!mine.version().equals(engine.get().version())) {
        warnings.add(
            "the project uses junit-platform-engine "
                + engine.get().version()
                + " but bn-maven-plugin brings "
                + module
                + " "
                + mine.version()
                + "; if the claims JVM fails to start, add "
                + PLATFORM
                + ":"
                + module
                + " "
                + engine.get().version()
                + " to the project's test dependencies");
      }
      entries.add(mine.file());
    }
    Optional<Jar> core = pluginArtifacts.stream().filter(j -> j.key().equals(BN_CORE)).findFirst();
    Jar theirs = project.get(BN_CORE);
    if (theirs == null) {
      core.ifPresent(j -> entries.add(j.file()));
    } else if (core.isPresent() && !core.get().version().equals(theirs.version())) {
      warnings.add(
          "the project uses bn-core "
              + theirs.version()
              + " but bn-maven-plugin "
              + core.get().version()
              + "; use the same version of both if the claims JVM fails to start");
    }
    entries.add(pluginJar);
    return new Result(List.copyOf(entries), warnings);
  }
}
