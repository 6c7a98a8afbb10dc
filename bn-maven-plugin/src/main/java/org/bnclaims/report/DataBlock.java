package org.bnclaims.report;

import static org.bnclaims.report.Html.escape;

import org.bnclaims.verdict.ClaimVerdict;

/**
 * What data a claim ran: one line per distinct data setting (dataset or its synthetic stand-in,
 * subset sizes, image size, augmentation), so a reader can tell a verdict on a 500-image subset
 * from one on the full dataset.
 */
final class DataBlock {

  private DataBlock() {}

  static void render(StringBuilder b, ClaimVerdict c) {
    if (c.data().isEmpty()) {
      return;
    }
    b.append("<h3>Data</h3>\n<ul class=\"data\">\n");
    for (String d : c.data()) {
      b.append("<li>").append(escape(d)).append("</li>\n");
    }
    b.append("</ul>\n");
  }
}
