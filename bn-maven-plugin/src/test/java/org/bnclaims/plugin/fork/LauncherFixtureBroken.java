package org.bnclaims.plugin.fork;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A claim class for {@link ClaimsLauncherMainTest} that fails as a whole, as a claim does when its
 * extension refuses a setting before any test runs.
 */
@Tag(LauncherFixtureBroken.TAG)
class LauncherFixtureBroken {

  static final String TAG = "launcher-test-broken";

  @BeforeAll
  static void refuseTheSettings() {
    throw new IllegalArgumentException("bn.seeds must be an integer >= 2, got '0'");
  }

  @Test
  void neverRuns() {}
}
