package org.bnclaims.run;

/**
 * A fresh JVM for {@link EngineThreadsTest}: configures before the engine loads, then again with
 * other counts, and prints both reports.
 */
public final class EngineThreadsMain {

  private EngineThreadsMain() {}

  public static void main(String[] args) {
    System.out.println("first " + EngineThreads.configure(2, 2));
    System.out.println("second " + EngineThreads.configure(1, 4));
  }
}
