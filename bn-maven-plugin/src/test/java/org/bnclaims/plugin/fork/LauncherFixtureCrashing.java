package org.bnclaims.plugin.fork;

import java.io.IOException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A claim class for {@link ClaimsLauncherMainTest} with a test that crashes (an error: the cause is
 * printed) and one that fails an assertion (a refuted claim: a verdict, not an error).
 */
@Tag(LauncherFixtureBroken.TAG)
class LauncherFixtureCrashing {

  @Test
  void crashes() {
    throw new IllegalStateException("no dataset", new IOException("disk full"));
  }

  @Test
  void isRefuted() {
    throw new AssertionError("refuted: estimate -0.02");
  }
}
