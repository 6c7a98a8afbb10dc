package org.bnclaims.plugin.fork;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A claim-shaped class for {@link ClaimsLauncherMainTest} with an id; its test fails. */
@Tag(LauncherFixtureFirst.TAG)
@Claim(
    id = "second-claim",
    statement = "the second fixture fails",
    conflicts = {"text vs code"})
class LauncherFixtureSecond {

  @Test
  void fails() {
    throw new AssertionError("refuted, as a claim test fails");
  }
}
