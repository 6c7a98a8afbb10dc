package org.bnclaims.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class EngineThreadsTest {

  @Test
  void coresAreSharedAmongWorkers() {
    assertEquals(1, EngineThreads.intraOpThreads(2, 2));
    assertEquals(2, EngineThreads.intraOpThreads(8, 3));
    assertEquals(1, EngineThreads.intraOpThreads(1, 4));
    assertEquals(4, EngineThreads.intraOpThreads(4, 1));
    assertThrows(IllegalArgumentException.class, () -> EngineThreads.intraOpThreads(4, 0));
  }

  /**
   * In a fresh JVM the first call comes before PyTorch loads and takes effect; the second comes
   * after and is reported as too late, with only the intra-op count changed.
   */
  @Test
  void appliesBeforeLoadAndReportsTooLateAfter() throws Exception {
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dai.djl.offline=true",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=error",
                "-cp",
                System.getProperty("java.class.path"),
                EngineThreadsMain.class.getName())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), out);
    assertEquals(0, p.exitValue(), out);
    assertTrue(
        out.contains("first Report[intraOpThreads=1, interOpThreads=1, tooLate=false]"), out);
    assertTrue(
        out.contains("second Report[intraOpThreads=4, interOpThreads=1, tooLate=true]"), out);
  }
}
