package it;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;

/** Not tagged "claim": bn:check must not run it (if it did, the verify script would see it). */
class PlainTest {
  @Test
  void notAClaim() {
    System.out.println("PLAIN TEST RAN");
    fail("a test without the claim tag was run by bn:check");
  }
}
