package org.bnclaims.spec;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Names a run spec: the hex SHA-256 of its canonical JSON together with {@link #SEMANTICS_VERSION},
 * so a cached result is reused only by code that computes the same thing.
 *
 * <p>The hashed text is itself canonical JSON: {@code {"semantics":V,"spec":<canonical spec>}}.
 */
public final class SpecHash {

  /**
   * Version of what specs compute. Bump it whenever a code change alters the result of an existing
   * spec (a fixed training bug, a changed initialization, a changed default in {@code
   * SpecDefaults}): every hash changes, so no stale cached run is reused. open_lth once fixed a bug
   * that had silently disabled BatchNorm initialization without changing its hashes, and old cached
   * runs were reused as if they were new ones.
   *
   * <p>History: 2 — convolutional networks take channels-last input (oneDNN's faster kernels sum in
   * another order, so conv-net metrics change in their last digits).
   */
  public static final int SEMANTICS_VERSION = 2;

  private SpecHash() {}

  /** The 64-character lowercase hex name of {@code spec}. */
  public static String of(RunSpec spec) {
    return sha256Hex(hashedText(CanonicalJson.of(spec), SEMANTICS_VERSION));
  }

  static String hashedText(String canonicalSpec, int semanticsVersion) {
    return "{\"semantics\":" + semanticsVersion + ",\"spec\":" + canonicalSpec + "}";
  }

  static String sha256Hex(String text) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK provides SHA-256", e);
    }
  }
}
