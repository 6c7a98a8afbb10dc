package org.bnclaims.claim;

import java.util.List;
import org.bnclaims.data.DataConfig;
import org.bnclaims.run.EngineThreads;
import org.bnclaims.run.ProgressListener;
import org.bnclaims.run.RunCache;
import org.bnclaims.run.RunExecutor;
import org.bnclaims.run.RunFunction;
import org.bnclaims.run.RunJob;
import org.bnclaims.run.RunOutcome;
import org.bnclaims.run.RunsFailedException;
import org.bnclaims.train.Training;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * The settings, run cache and run function shared by every claim of one test-engine execution, kept
 * in the root context's store: one set of workers, so the arms of every claim use the cores the
 * same way. Creating it sizes PyTorch's thread pools for the workers, before any training loads the
 * engine (PyTorch fixes its inter-op pool at load time); the root store lives as long as the engine
 * execution, so that happens once per execution without any static state.
 *
 * <p>The configuration parameter {@value Settings#RUN_FUNCTION} (a test hook) names a {@link
 * RunFunction} class with a no-argument constructor that replaces training; the engine is then
 * never loaded.
 */
final class LabRuntime implements RunBatches {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(LabRuntime.class);

  final Settings settings;
  private final RunCache cache;
  private final RunFunction function;

  private LabRuntime(Settings settings, RunFunction function) {
    this.settings = settings;
    this.cache = new RunCache(settings.cacheRoot());
    this.function = function;
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
    RunFunction fn;
    if (settings.runFunction() != null) {
      fn = testFunction(settings.runFunction());
    } else {
      EngineThreads.configure(settings.workers());
      fn = new Training(DataConfig.fromEnvironment());
    }
    return new LabRuntime(settings, fn);
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

  /** A fresh executor per batch: it holds no threads between batches. */
  @Override
  public List<RunOutcome> run(List<RunJob> jobs, ProgressListener listener)
      throws RunsFailedException, InterruptedException {
    return new RunExecutor(cache, function, settings.workers(), listener).runAll(jobs);
  }
}
