package org.bnclaims.claim;

import java.util.concurrent.atomic.AtomicReference;
import org.bnclaims.data.DataConfig;
import org.bnclaims.run.EngineThreads;
import org.bnclaims.run.RunCache;
import org.bnclaims.run.RunExecutor;
import org.bnclaims.run.RunFunction;
import org.bnclaims.train.Training;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The executor and cache shared by every claim of one test-engine execution, kept in the root
 * context's store: one pool of workers, so arms of every claim use the same cores the same way.
 */
final class LabRuntime {

  static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(LabRuntime.class);

  /** Test hook: a run function that replaces training (no engine is loaded then). */
  private static final AtomicReference<RunFunction> TEST_FUNCTION = new AtomicReference<>();

  private static final Object ENGINE_LOCK = new Object();
  private static boolean engineConfigured;

  final Settings settings;
  final RunExecutor executor;

  private LabRuntime(Settings settings, RunExecutor executor) {
    this.settings = settings;
    this.executor = executor;
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
    RunFunction fn = TEST_FUNCTION.get();
    if (fn == null) {
      configureEngineOnce(settings.workers());
      fn = new Training(DataConfig.fromEnvironment());
    }
    RunExecutor executor =
        new RunExecutor(new RunCache(settings.cacheRoot()), fn, settings.workers(), p -> {});
    return new LabRuntime(settings, executor);
  }

  /**
   * Sizes PyTorch's thread pools for the workers, once per JVM and before anything loads the engine
   * (PyTorch fixes its inter-op pool at load time).
   */
  static void configureEngineOnce(int workers) {
    synchronized (ENGINE_LOCK) {
      if (!engineConfigured) {
        EngineThreads.configure(workers);
        engineConfigured = true;
      }
    }
  }

  /** Replaces training by {@code fn} for runtimes created from now on; null restores training. */
  static void useRunFunctionForTesting(RunFunction fn) {
    TEST_FUNCTION.set(fn);
  }
}
