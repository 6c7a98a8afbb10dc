package org.bnclaims.plugin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bnclaims.plugin.fork.ClaimsLauncherMain;
import org.bnclaims.verdict.VerdictFiles;
import org.bnclaims.verdict.VerdictJson;
import org.bnclaims.verdict.VerdictReport;

/**
 * Turns what the claims JVM left behind into a report, or into a clear failure. The fork's exit
 * status is not the verdict: a REFUTED claim fails its JUnit test but is a normal outcome that the
 * gate judges. The fork fails the build only when it did not do its job: it timed out, rejected its
 * arguments, found no claims, or ended without writing a single verdict.
 */
final class VerdictCollector {

  private VerdictCollector() {}

  /** Empties the verdict directory (its {@code *.json} files) so no old verdict is read back. */
  static void prepare(Path verdictDir) {
    try {
      Files.createDirectories(verdictDir);
      try (DirectoryStream<Path> files = Files.newDirectoryStream(verdictDir, "*.json")) {
        for (Path f : files) {
          Files.delete(f);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clear the verdict directory " + verdictDir, e);
    }
  }

  /**
   * The verdicts the fork wrote.
   *
   * @throws ForkFailedException when the fork did not produce a usable run
   */
  static VerdictFiles collect(
      Path verdictDir, ForkRunner.Result fork, Duration timeout, Instant now) {
    String why = fork.errors().isEmpty() ? "" : ": " + String.join("; ", fork.errors());
    if (fork.timedOut()) {
      throw new ForkFailedException(
          "the claims JVM did not finish within "
              + timeout.toMinutes()
              + " minute(s) (bn.forkTimeoutMinutes) and was stopped; verdicts written so far are in "
              + verdictDir);
    }
    if (fork.exitCode() == ClaimsLauncherMain.BAD_ARGS
        || fork.exitCode() == ClaimsLauncherMain.NO_CLAIMS) {
      throw new ForkFailedException("the claims JVM ran no claim" + why);
    }
    VerdictFiles read =
        Files.isDirectory(verdictDir)
            ? VerdictJson.readFiles(verdictDir, now)
            : new VerdictFiles(new VerdictReport("none", now.toString(), List.of()), Map.of());
    if (read.report().claims().isEmpty()) {
      throw new ForkFailedException(
          "the claims JVM exited with status "
              + fork.exitCode()
              + " and wrote no verdict to "
              + verdictDir
              + (why.isEmpty()
                  ? " (see its output above; a claim class must use the claim extension, which"
                      + " writes <id>.json there)"
                  : why));
    }
    return read;
  }

  /** Why the claims JVM produced nothing to judge. */
  static final class ForkFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ForkFailedException(String message) {
      super(message);
    }
  }
}
