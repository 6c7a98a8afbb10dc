package org.bnclaims.plugin;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bnclaims.backend.ExecutorKind;
import org.bnclaims.plugin.fork.ClaimsLauncherMain;
import org.bnclaims.spark.SparkJvm;

/**
 * The command line of the forked claims JVM. The JVM options, class path and launcher arguments go
 * into a Java argument file ({@code java @file}), because a project's test class path easily
 * exceeds the operating system's command-line limit. Every setting reaches the claims as a {@code
 * bn.*} system property; DJL is offline (natives come from the class path, never the network)
 * unless {@code bn.djlOffline=false} (the {@code gpu} build, where DJL fetches PyTorch's CUDA
 * build), and {@code bn.offline} governs dataset downloads. With {@code bn.executor=spark} the JVM
 * is a Spark driver and gets Spark's JVM options first.
 */
final class ForkCommand {

  private final Path javaExecutable;
  private final List<Path> classpath = new ArrayList<>();
  private final Map<String, String> properties = new LinkedHashMap<>();
  private final List<String> jvmArgs = new ArrayList<>();
  private final List<String> launcherArgs = new ArrayList<>();

  private ForkCommand(Path javaExecutable) {
    this.javaExecutable = javaExecutable;
  }

  /** A command running {@code java} from {@code javaHome}. */
  static ForkCommand java(Path javaHome) {
    return new ForkCommand(javaHome.resolve("bin").resolve("java"));
  }

  /** Sets the class path, in order. */
  ForkCommand classpath(List<Path> entries) {
    classpath.clear();
    classpath.addAll(entries);
    return this;
  }

  /** Adds {@code -Dkey=value}; a null or blank value adds nothing. */
  ForkCommand property(String key, Object value) {
    if (value != null && !String.valueOf(value).isBlank()) {
      properties.put(key, String.valueOf(value).trim());
    }
    return this;
  }

  /** Adds the {@code bn.*} properties of {@code s} and the ones every claims JVM needs. */
  ForkCommand settings(ForkSettings s) {
    property("bn.profile", s.profile());
    property("bn.seeds", s.seeds());
    property("bn.workers", s.workers());
    property("bn.dataDir", s.dataDir());
    property("bn.cacheDir", s.cacheDir());
    property("bn.dataCacheDir", s.dataCacheDir());
    property("bn.offline", s.offline());
    property("bn.device", s.device());
    property("bn.executor", s.executor().key());
    property("bn.spark.master", s.sparkMaster());
    property("bn.verdictDir", s.verdictDir());
    property("ai.djl.offline", s.djlOffline());
    property("PYTORCH_FLAVOR", s.pytorchFlavor());
    property("java.awt.headless", true);
    if (s.executor() == ExecutorKind.SPARK) {
      jvmArgs.addAll(SparkJvm.MODULE_OPTIONS); // the claims JVM is the Spark driver
    }
    jvmArgs.addAll(splitArgs(s.jvmArgs()));
    launcherArgs.clear();
    launcherArgs.addAll(List.of("--test-classes", s.testClasses().toString(), "--tags", s.tags()));
    launcherArgs.addAll(List.of("--claims-at-once", String.valueOf(s.claimsAtOnce())));
    addIds("--include", s.include());
    addIds("--exclude", s.exclude());
    s.junitXml().ifPresent(d -> launcherArgs.addAll(List.of("--junit-xml", d.toString())));
    return this;
  }

  /** Makes the launcher describe the selected claims for the profile instead of running them. */
  ForkCommand listOnly(String profile) {
    launcherArgs.addAll(List.of("--list", profile));
    return this;
  }

  /** The process command: {@code [java, @argfile]}. */
  List<String> command(Path argFile) {
    return List.of(javaExecutable.toString(), "@" + argFile);
  }

  /** The arguments as they go into the argument file, one per entry. */
  List<String> arguments() {
    List<String> args = new ArrayList<>(jvmArgs);
    properties.forEach((k, v) -> args.add("-D" + k + "=" + v));
    args.add("-cp");
    args.add(
        String.join(java.io.File.pathSeparator, classpath.stream().map(Path::toString).toList()));
    args.add(ClaimsLauncherMain.class.getName());
    args.addAll(launcherArgs);
    return args;
  }

  /**
   * The argument file's text: one quoted argument per line (the {@code java} launcher's syntax).
   */
  String argumentFile() {
    StringBuilder b = new StringBuilder();
    for (String a : arguments()) {
      b.append('"').append(a.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"\n");
    }
    return b.toString();
  }

  /** The system properties, for the log. */
  Map<String, String> properties() {
    return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(properties));
  }

  private void addIds(String option, Set<String> ids) {
    if (!ids.isEmpty()) {
      launcherArgs.add(option);
      launcherArgs.add(String.join(",", ids));
    }
  }

  /** Splits {@code bn.jvmArgs} on white space; an argument with spaces is not supported there. */
  static List<String> splitArgs(String jvmArgs) {
    List<String> out = new ArrayList<>();
    if (jvmArgs != null) {
      for (String a : jvmArgs.trim().split("\\s+")) {
        if (!a.isEmpty()) {
          out.add(a);
        }
      }
    }
    return out;
  }
}
