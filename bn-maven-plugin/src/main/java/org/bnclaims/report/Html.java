package org.bnclaims.report;

/**
 * The one escaper for text from verdicts, in HTML and XML alike, so that a statement containing
 * markup renders as text and the JUnit XML stays well-formed whatever a claim writes.
 */
final class Html {

  private Html() {}

  /**
   * Escapes {@code & < > " '} and replaces characters XML 1.0 forbids (C0 controls other than tab,
   * newline and carriage return, unpaired surrogates, U+FFFE/U+FFFF) with U+FFFD. Null becomes the
   * empty string.
   */
  static String escape(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> {
          if (Character.isHighSurrogate(c)
              && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1))) {
            b.append(c).append(s.charAt(++i));
          } else if (allowed(c)) {
            b.append(c);
          } else {
            b.append('\uFFFD');
          }
        }
      }
    }
    return b.toString();
  }

  private static boolean allowed(char c) {
    if (c < 0x20) {
      return c == '\t' || c == '\n' || c == '\r';
    }
    return !Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF';
  }

  /** An element id / fragment for a claim id: ids are restricted to safe characters on read. */
  static String anchor(String claimId) {
    return "claim-" + escape(claimId == null ? "" : claimId.replaceAll("[^A-Za-z0-9._-]", "_"));
  }
}
