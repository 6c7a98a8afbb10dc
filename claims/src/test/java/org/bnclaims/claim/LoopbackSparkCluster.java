package org.bnclaims.claim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.apache.spark.launcher.JavaModuleOptions;

/**
 * A Spark standalone cluster on 127.0.0.1 for tests: a master and one worker, each its own {@code
 * java} process, started from the Spark jars Maven resolved for this module's tests.
 *
 * <p>The jars are laid out as a Spark installation ({@code $SPARK_HOME/jars} and a {@code RELEASE}
 * file, which is how the worker finds the class path of the executors it launches). The
 * installation holds Spark and its dependencies only: bn-core, DJL and PyTorch reach the executors
 * the way they reach a real cluster, shipped by the driver. Every wait is bounded; {@link #close}
 * ends the worker, its executors and the master.
 */
final class LoopbackSparkCluster implements AutoCloseable {

  static final String HOST = "127.0.0.1";
  private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

  private final Path dir;
  private final int masterPort;
  private Process master;
  private Process worker;

  private LoopbackSparkCluster(Path dir, int masterPort) {
    this.dir = dir;
    this.masterPort = masterPort;
  }

  /** Starts a master and a worker with {@code cores} cores; returns once the worker registered. */
  static LoopbackSparkCluster start(Path dir, int cores) throws IOException, InterruptedException {
    LoopbackSparkCluster c = new LoopbackSparkCluster(dir, freePort());
    try {
      c.install();
      c.master =
          c.launch(
              "master",
              "org.apache.spark.deploy.master.Master",
              "--host",
              HOST,
              "--port",
              Integer.toString(c.masterPort),
              "--webui-port",
              "0");
      c.awaitPort();
      c.worker =
          c.launch(
              "worker",
              "org.apache.spark.deploy.worker.Worker",
              "--host",
              HOST,
              "--webui-port",
              "0",
              "--cores",
              Integer.toString(cores),
              "--memory",
              "2g",
              "--work-dir",
              Files.createDirectories(dir.resolve("work")).toString(),
              c.masterUrl());
      c.awaitLog("worker", "Successfully registered with master");
      return c;
    } catch (IOException | InterruptedException | RuntimeException | AssertionError e) {
      c.close();
      throw e;
    }
  }

  String masterUrl() {
    return "spark://" + HOST + ":" + masterPort;
  }

  /** The executor JVMs the worker runs now. */
  List<ProcessHandle> executors() {
    if (worker == null) {
      return List.of();
    }
    return worker
        .descendants()
        .filter(
            p ->
                p.info().commandLine().orElse("").contains("CoarseGrainedExecutorBackend")
                    || List.of(p.info().arguments().orElse(new String[0]))
                        .contains("org.apache.spark.executor.CoarseGrainedExecutorBackend"))
        .toList();
  }

  /** The last lines of a process's log, for failure messages. */
  String logTail(String name) {
    try {
      List<String> lines = Files.readAllLines(dir.resolve(name + ".log"), StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  private void install() throws IOException {
    Path home = Files.createDirectories(dir.resolve("spark-home"));
    Path jars = Files.createDirectories(home.resolve("jars"));
    Files.writeString(home.resolve("RELEASE"), "Spark from this build's Maven jars\n");
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      Path jar = Path.of(entry);
      if (entry.endsWith(".jar") && Files.isRegularFile(jar) && !ours(jar)) {
        Path link = jars.resolve(jar.getFileName());
        if (!Files.exists(link)) {
          Files.createSymbolicLink(link, jar.toAbsolutePath());
        }
      }
    }
  }

  /** bn-core, DJL, PyTorch and JUnit: what a Spark installation does not have. */
  private static boolean ours(Path jar) {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      return zip.stream()
          .map(e -> e.getName())
          .anyMatch(
              n ->
                  n.startsWith("org/bnclaims/")
                      || n.startsWith("ai/djl/")
                      || n.startsWith("jnilib/")
                      || n.startsWith("native/lib/")
                      || n.startsWith("org/junit/"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + jar, e);
    }
  }

  private Process launch(String name, String mainClass, String... args) throws IOException {
    Path home = dir.resolve("spark-home");
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(List.of(JavaModuleOptions.defaultModuleOptionArray()));
    cmd.addAll(List.of("-Xmx256m", "-cp", home.resolve("jars") + "/*", mainClass));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.redirectOutput(dir.resolve(name + ".log").toFile());
    pb.environment().put("SPARK_HOME", home.toString());
    pb.environment().put("SPARK_SCALA_VERSION", "2.13");
    pb.environment().put("SPARK_LOCAL_IP", HOST);
    pb.environment().remove("SPARK_CONF_DIR");
    return pb.start();
  }

  private void awaitPort() throws InterruptedException {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress(HOST, masterPort), 500);
        return;
      } catch (IOException e) {
        if (!master.isAlive()) {
          throw new AssertionError("the Spark master exited:\n" + logTail("master"));
        }
        Thread.sleep(200);
      }
    }
    throw new AssertionError("the Spark master did not listen within " + START_TIMEOUT);
  }

  private void awaitLog(String name, String text) throws InterruptedException {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (logTail(name).contains(text) || fullLog(name).map(l -> l.contains(text)).orElse(false)) {
        return;
      }
      if (!worker.isAlive()) {
        throw new AssertionError("the Spark " + name + " exited:\n" + logTail(name));
      }
      Thread.sleep(200);
    }
    throw new AssertionError(
        "no '"
            + text
            + "' from the Spark "
            + name
            + " within "
            + START_TIMEOUT
            + ":\n"
            + logTail(name));
  }

  private Optional<String> fullLog(String name) {
    try {
      return Optional.of(Files.readString(dir.resolve(name + ".log"), StandardCharsets.UTF_8));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getByName(HOST))) {
      return s.getLocalPort();
    }
  }

  @Override
  public void close() {
    for (Process p : new Process[] {worker, master}) {
      if (p == null) {
        continue;
      }
      List<ProcessHandle> children = p.descendants().toList();
      p.destroy();
      try {
        if (!p.waitFor(10, TimeUnit.SECONDS)) {
          p.destroyForcibly();
          p.waitFor(10, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        p.destroyForcibly();
        Thread.currentThread().interrupt();
      }
      for (ProcessHandle c : children) {
        c.destroyForcibly();
      }
    }
  }
}
