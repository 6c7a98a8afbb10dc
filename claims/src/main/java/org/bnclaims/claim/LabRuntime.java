package org.bnclaims.claim;

import java.util.concurrent.atomic.AtomicReference;
import org.bnclaims.backend.RunBackends;
import org.bnclaims.run.RunBackend;
import org.bnclaims.run.RunCache;
import org.bnclaims.run.RunExecutor;
import org.bnclaims.run.RunFunction;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The executor and cache shared by every claim of one test-engine execution, kept in the root
 * context's store: one pool of workers, so arms of every claim use the same cores the same way. The
 * store closes it when the execution ends (a Spark backend then leaves its cluster).
 */
final class LabRuntime implements ExtensionContext.Store.CloseableResource {

  static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(LabRuntime.class);

  /** Test hook: a run function that replaces training (no engine is loaded then). */
  private static final AtomicReference<RunFunction> TEST_FUNCTION = new AtomicReference<>();

  final Settings settings;
  final RunBackend executor;

  private LabRuntime(Settings settings, RunBackend executor) {
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
    RunBackend executor =
        fn == null
            ? RunBackends.create(settings.backend(), p -> {})
            : new RunExecutor(new RunCache(settings.cacheRoot()), fn, settings.workers(), p -> {});
    return new LabRuntime(settings, executor);
  }

  @Override
  public void close() {
    executor.close();
  }

  /** Replaces training by {@code fn} for runtimes created from now on; null restores training. */
  static void useRunFunctionForTesting(RunFunction fn) {
    TEST_FUNCTION.set(fn);
  }
}
