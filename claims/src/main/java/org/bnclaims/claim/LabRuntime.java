package org.bnclaims.claim;

import java.util.List;
import org.bnclaims.backend.RunBackends;
import org.bnclaims.run.ProgressListener;
import org.bnclaims.run.RunBackend;
import org.bnclaims.run.RunCache;
import org.bnclaims.run.RunExecutor;
import org.bnclaims.run.RunFunction;
import org.bnclaims.run.RunJob;
import org.bnclaims.run.RunOutcome;
import org.bnclaims.run.RunsFailedException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * The settings and the run backend shared by every claim of one test-engine execution, kept in the
 * root context's store: one set of workers (or one Spark driver), so the arms of every claim use
 * the machine the same way. Creating it sizes PyTorch's thread pools for the workers before any
 * training loads the engine (PyTorch fixes its inter-op pool at load time); the root store lives as
 * long as the engine execution and closes the backend when it ends (a Spark backend then leaves its
 * cluster), so all of that happens once per execution without any static state.
 *
 * <p>The configuration parameter {@value Settings#RUN_FUNCTION} (a test hook) names a {@link
 * RunFunction} class with a no-argument constructor that replaces training on local workers; the
 * engine is then never loaded.
 */
final class LabRuntime implements RunBatches, ExtensionContext.Store.CloseableResource {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(LabRuntime.class);

  final Settings settings;
  private final RunCache cache;
  private final RunFunction testFunction;
  private RunBackend backend;

  /** The listener of the batch running now; the backend reports every run to it. */
  private volatile ProgressListener current = p -> {};

  private LabRuntime(Settings settings, RunFunction testFunction) {
    this.settings = settings;
    this.cache = new RunCache(settings.cacheRoot());
    this.testFunction = testFunction;
  }

  /** The runtime of {@code context}'s engine execution, created on first use. */
  static LabRuntime of(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(LabRuntime.class, k -> create(context), LabRuntime.class);
  }

  private static LabRuntime create(ExtensionContext context) {
    Settings settings = Settings.of(context);
    if (settings.runFunction() != null) {
      return new LabRuntime(settings, testFunction(settings.runFunction()));
    }
    LabRuntime runtime = new LabRuntime(settings, null);
    runtime.backend = RunBackends.create(settings.backend(), p -> runtime.current.runFinished(p));
    return runtime;
  }

  private static RunFunction testFunction(String className) {
    Class<?> type =
        ReflectionSupport.tryToLoadClass(className)
            .getOrThrow(
                e ->
                    new IllegalArgumentException(
                        Settings.RUN_FUNCTION + " = '" + className + "' is not a class", e));
    if (!RunFunction.class.isAssignableFrom(type)) {
      throw new IllegalArgumentException(
          Settings.RUN_FUNCTION + " = '" + className + "' is not a " + RunFunction.class.getName());
    }
    return (RunFunction) ReflectionSupport.newInstance(type);
  }

  /** One batch at a time: the backend's progress goes to this batch's {@code listener}. */
  @Override
  public synchronized List<RunOutcome> run(List<RunJob> jobs, ProgressListener listener)
      throws RunsFailedException, InterruptedException {
    if (testFunction != null) {
      return new RunExecutor(cache, testFunction, settings.workers(), listener).runAll(jobs);
    }
    current = listener;
    try {
      return backend.runAll(jobs);
    } finally {
      current = p -> {};
    }
  }

  @Override
  public void close() {
    if (backend != null) {
      backend.close();
    }
  }
}
