package org.bnclaims.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class BatchClockTest {

  private static final long SECOND = Duration.ofSeconds(1).toNanos();

  @Test
  void etaIsMeanWorkedTimeTimesRemainingOverWorkers() {
    long tenSeconds = 10 * SECOND;
    // 2 items worked 20 s in all: mean 10 s; 4 remaining on 2 workers: 4 * 10 / 2 = 20 s.
    assertEquals(Optional.of(Duration.ofSeconds(20)), BatchClock.eta(4, 2, 2 * tenSeconds, 2));
    // 1 remaining keeps one worker busy: 10 s.
    assertEquals(Optional.of(Duration.ofSeconds(10)), BatchClock.eta(1, 2, 2 * tenSeconds, 2));
    assertEquals(Optional.empty(), BatchClock.eta(3, 0, 0, 2));
    assertEquals(Optional.of(Duration.ZERO), BatchClock.eta(0, 0, 0, 2));
  }

  @Test
  void itemsThatDidNoWorkCountAsDoneButNotInTheMean() {
    AtomicLong now = new AtomicLong(1_000 * SECOND);
    BatchClock clock = new BatchClock(4, 1, now::get);
    now.addAndGet(SECOND);
    BatchClock.Tick hit = clock.finished(Duration.ofMillis(1), false);
    assertEquals(1, hit.done());
    assertEquals(Duration.ofSeconds(1), hit.elapsed());
    assertTrue(hit.eta().isEmpty(), "no item worked yet");
    now.addAndGet(30 * SECOND);
    BatchClock.Tick worked = clock.finished(Duration.ofSeconds(30), true);
    assertEquals(Optional.of(Duration.ofSeconds(60)), worked.eta());
    assertEquals(
        "0:31 elapsed, eta 1:00",
        BatchClock.clock(worked.elapsed()) + " elapsed, eta " + BatchClock.clock(worked.eta()));
  }

  @Test
  void clockFormats() {
    assertEquals("1:00:01", BatchClock.clock(Duration.ofSeconds(3601)));
    assertEquals("0:00", BatchClock.clock(Duration.ZERO));
    assertEquals("?", BatchClock.clock(Optional.empty()));
  }
}
