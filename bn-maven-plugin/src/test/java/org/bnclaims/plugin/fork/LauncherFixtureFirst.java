package org.bnclaims.plugin.fork;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A claim-shaped class for {@link ClaimsLauncherMainTest}: no annotation id, one passing test. */
@Tag(LauncherFixtureFirst.TAG)
class LauncherFixtureFirst {

  static final String TAG = "launcher-test-fixture";

  @Test
  void passes() {}
}
