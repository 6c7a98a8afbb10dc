package org.bnclaims.plugin.fork;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** One of the two {@link LauncherFixtureTogether} claims. */
@Tag(LauncherFixtureTogether.TAG)
class LauncherFixtureTogetherOne {

  @Test
  void meetsTheOther() throws InterruptedException {
    LauncherFixtureTogether.meetTheOther();
  }
}
