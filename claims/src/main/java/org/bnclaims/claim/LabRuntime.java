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
 * <p>Claims may call it from several threads at once (the plugin runs two claims at a time): their
 * runs share the backend's workers, and each call's progress goes to that call's listener and is
 * logged under the claim's id.
 *
 * <p>The configuration parameter {@value Settings#RUN_FUNCTION} (a test hook) names a {@link
 * RunFunction} class with a no-argument constructor that replaces training on local workers; the
 * engine is then never loaded.
 */
final class LabRuntime implements ExtensionContext.Store.CloseableResource {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(LabRuntime.class);

  final Settings settings;
  private final RunBackend backend;

  private LabRuntime(Settings settings, RunBackend backend) {
    this.settings = settings;
    this.backend = backend;
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
      RunFunction fn = testFunction(settings.runFunction());
      RunCache cache = new RunCache(settings.cacheRoot());
      return new LabRuntime(settings, new RunExecutor(cache, fn, settings.workers(), p -> {}));
    }
    return new LabRuntime(settings, RunBackends.create(settings.backend(), p -> {}));
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

  /** Runs {@code claim}'s batch on the shared backend; {@code listener} hears of its runs. */
  List<RunOutcome> run(String claim, List<RunJob> jobs, ProgressListener listener)
      throws RunsFailedException, InterruptedException {
    return backend.runAll(claim, jobs, listener);
  }

  @Override
  public void close() {
    backend.close();
  }
}
