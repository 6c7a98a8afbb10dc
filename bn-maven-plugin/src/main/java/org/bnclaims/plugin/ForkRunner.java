package org.bnclaims.plugin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.bnclaims.plugin.fork.ClaimsLauncherMain;

/**
 * Starts the claims JVM, streams its output line by line (stderr merged into stdout, so progress
 * lines keep their order) and waits for it, killing it and its children after the timeout.
 */
final class ForkRunner {

  /**
   * How the fork ended.
   *
   * @param exitCode the process's exit status (-1 when it was killed for the timeout)
   * @param timedOut whether the timeout killed it
   * @param errors the lines the launcher marked as errors, without the marker
   */
  record Result(int exitCode, boolean timedOut, List<String> errors) {}

  private ForkRunner() {}

  /**
   * Runs {@code command} in {@code workDir}, writing its argument file to {@code argFile}; {@code
   * timeout} zero or negative means no limit.
   */
  static Result run(
      ForkCommand command, Path workDir, Path argFile, Duration timeout, Consumer<String> log) {
    Process started = null;
    try {
      Files.createDirectories(argFile.toAbsolutePath().getParent());
      Files.writeString(argFile, command.argumentFile(), StandardCharsets.UTF_8);
      Process p =
          new ProcessBuilder(command.command(argFile))
              .directory(workDir.toFile())
              .redirectErrorStream(true)
              .start();
      started = p;
      List<String> errors = new ArrayList<>();
      Thread pump =
          new Thread(
              () -> {
                try (BufferedReader r =
                    new BufferedReader(
                        new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                  for (String line; (line = r.readLine()) != null; ) {
                    log.accept(line);
                    if (line.startsWith(ClaimsLauncherMain.ERROR_PREFIX)) {
                      synchronized (errors) {
                        errors.add(line.substring(ClaimsLauncherMain.ERROR_PREFIX.length()));
                      }
                    }
                  }
                } catch (IOException e) {
                  log.accept("[bn] lost the claims JVM's output: " + e.getMessage());
                }
              },
              "bn-fork-output");
      pump.setDaemon(true);
      pump.start();
      boolean finished;
      if (timeout.isZero() || timeout.isNegative()) {
        p.waitFor();
        finished = true;
      } else {
        finished = p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
      }
      if (!finished) {
        kill(p);
      }
      pump.join(TimeUnit.SECONDS.toMillis(10));
      synchronized (errors) {
        return new Result(finished ? p.exitValue() : -1, !finished, List.copyOf(errors));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the claims JVM: " + command.command(argFile), e);
    } catch (InterruptedException e) {
      kill(started);
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the claims JVM", e);
    }
  }

  /** Stops the claims JVM and whatever it started (a build that is cancelled leaves nothing). */
  private static void kill(Process p) {
    if (p != null) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
    }
  }
}
