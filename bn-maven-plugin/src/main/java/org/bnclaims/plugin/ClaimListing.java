package org.bnclaims.plugin;

import java.util.ArrayList;
import java.util.List;
import org.bnclaims.verdict.ClaimVerdict;

/** The {@code list} goal's text for one claim: id, statement, source and both settings. */
final class ClaimListing {

  private ClaimListing() {}

  static List<String> lines(ClaimVerdict c) {
    List<String> out = new ArrayList<>();
    out.add(c.id());
    out.add("    statement: " + orDash(c.statement()));
    out.add("    source:    " + orDash(c.source()));
    out.add("    paper:     " + orDash(c.paperSetting()));
    out.add("    " + pad(c.profile() + ":") + orDash(c.runSetting()));
    if (c.conflicts() != null) {
      c.conflicts().forEach(x -> out.add("    conflict:  " + x));
    }
    return out;
  }

  private static String pad(String label) {
    return label.length() >= 11 ? label + " " : label + " ".repeat(11 - label.length());
  }

  private static String orDash(String s) {
    return s == null || s.isBlank() ? "-" : s;
  }
}
