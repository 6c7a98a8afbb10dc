package org.bnclaims.plugin.fork;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LaunchOptionsTest {

  @Test
  void parsesEveryOption() {
    LaunchOptions o =
        LaunchOptions.parse(
            "--test-classes",
            "/t",
            "--tags",
            "claim & !slow",
            "--include",
            "a, b",
            "--include",
            "c",
            "--exclude",
            "d",
            "--junit-xml",
            "/x",
            "--list",
            "gpu",
            "--claims-at-once",
            "3");
    assertEquals(Path.of("/t"), o.testClasses());
    assertEquals("claim & !slow", o.tags());
    assertEquals(Set.of("a", "b", "c"), o.include());
    assertEquals(Set.of("d"), o.exclude());
    assertEquals(Optional.of(Path.of("/x")), o.junitXml());
    assertEquals(Optional.of("gpu"), o.list());
    assertEquals(3, o.claimsAtOnce());
    assertEquals("claim", LaunchOptions.parse("--test-classes", "/t").tags());
    assertEquals(1, LaunchOptions.parse("--test-classes", "/t").claimsAtOnce());
  }

  @Test
  void badCommandLinesNameTheProblemAndShowTheUsage() {
    for (String[] args :
        new String[][] {
          {},
          {"--test-classes"},
          {"--test-classes", "/t", "--verbose", "1"},
          {"--test-classes", "/t", "--claims-at-once", "two"},
          {"--test-classes", "/t", "--claims-at-once", "0"}
        }) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse(args));
      assertTrue(e.getMessage().endsWith(LaunchOptions.USAGE), e.getMessage());
    }
  }
}
