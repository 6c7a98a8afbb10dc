package org.bnclaims.spark;

import java.util.regex.Pattern;

/**
 * Validates {@value #PROPERTY}: {@code local}, {@code local[N]}, {@code local[*]} or {@code
 * local[N,F]} run in this JVM; {@code spark://host:port} (several {@code host:port} separated by
 * commas for standby masters) is a standalone cluster; any other URL (YARN, Kubernetes) goes to
 * Spark unchanged.
 */
public final class SparkMaster {

  /** The setting's name. */
  public static final String PROPERTY = "bn.spark.master";

  private static final Pattern LOCAL = Pattern.compile("local(\\[(\\d+|\\*)(,\\d+)?])?");
  private static final Pattern STANDALONE =
      Pattern.compile("spark://[^\\s/:,]+:\\d{1,5}(,[^\\s/:,]+:\\d{1,5})*");

  private SparkMaster() {}

  /**
   * The master URL to use: {@code value}, or {@code local[workers]} when it is unset.
   *
   * @throws IllegalArgumentException for a malformed {@code local} or {@code spark://} URL
   */
  public static String resolve(String value, int workers) {
    if (value == null || value.isBlank()) {
      return "local[" + Math.max(1, workers) + "]";
    }
    String v = value.trim();
    if (v.startsWith("local") && !LOCAL.matcher(v).matches()) {
      throw new IllegalArgumentException(
          PROPERTY
              + " = '"
              + value
              + "' is not a local master; allowed: local, local[N], local[*], local[N,F] (F ="
              + " task attempts)");
    }
    if (v.startsWith("spark://") && !STANDALONE.matcher(v).matches()) {
      throw new IllegalArgumentException(
          PROPERTY
              + " = '"
              + value
              + "' is not a standalone master; allowed: spark://host:port (e.g."
              + " spark://127.0.0.1:7077), several host:port separated by commas");
    }
    return v;
  }

  /** Whether {@code master} runs tasks in this JVM. */
  static boolean isLocal(String master) {
    return master.startsWith("local");
  }
}
