package org.bnclaims.claim;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Sets up the run engine before a claim class starts: reads the settings, sizes PyTorch's thread
 * pools for the workers (once per JVM, before any training loads the engine) and creates the shared
 * executor, so a bad setting fails the class before any run.
 */
final class EngineSetup implements BeforeAllCallback {

  @Override
  public void beforeAll(ExtensionContext context) {
    LabRuntime.of(context);
  }
}
