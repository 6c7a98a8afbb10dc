package org.bnclaims.run;

/**
 * Told about every finished run of a {@link RunExecutor} batch, e.g. by the Maven plugin to show
 * progress its own way. Called from worker threads, one call at a time (a listener given to one
 * {@code runAll} call hears only that call's runs).
 */
@FunctionalInterface
public interface ProgressListener {
  void runFinished(Progress progress);
}
