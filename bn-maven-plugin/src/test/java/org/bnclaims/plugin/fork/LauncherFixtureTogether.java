package org.bnclaims.plugin.fork;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Two claim-shaped classes for {@link ClaimsLauncherMainTest} that each wait for the other to
 * start: both pass only when the launcher runs them at the same time.
 */
final class LauncherFixtureTogether {

  static final String TAG = "launcher-test-together";

  private static volatile CountDownLatch started = new CountDownLatch(0);
  private static volatile long waitMillis;

  private LauncherFixtureTogether() {}

  /** Before a launch: {@code classes} must start within {@code millis} of each other. */
  static void arm(int classes, long millis) {
    started = new CountDownLatch(classes);
    waitMillis = millis;
  }

  static void meetTheOther() throws InterruptedException {
    CountDownLatch latch = started;
    latch.countDown();
    assertTrue(latch.await(waitMillis, TimeUnit.MILLISECONDS), "the other claim did not start");
  }
}
