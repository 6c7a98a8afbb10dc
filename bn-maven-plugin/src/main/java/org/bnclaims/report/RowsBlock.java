package org.bnclaims.report;

import static org.bnclaims.report.Html.escape;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bnclaims.verdict.TestReport;

/**
 * The rows of a parameterized claim: each JUnit row (grid point) by its display name, with the
 * tests it recorded and their outcomes, so a reader sees which batch size or learning rate failed.
 * Tests recorded outside a row are not listed here; the statistics table has every test.
 */
final class RowsBlock {

  private RowsBlock() {}

  static void render(StringBuilder b, List<TestReport> tests) {
    Map<String, List<TestReport>> rows = new LinkedHashMap<>();
    if (tests != null) {
      for (TestReport t : tests) {
        if (t.row() != null) {
          rows.computeIfAbsent(t.row(), r -> new ArrayList<>()).add(t);
        }
      }
    }
    if (rows.isEmpty()) {
      return;
    }
    b.append("<h3>Rows</h3>\n<table class=\"rows\"><thead><tr><th>row</th><th>test</th>")
        .append("<th>outcome</th></tr></thead>\n<tbody>\n");
    rows.forEach(
        (row, ts) -> {
          for (int i = 0; i < ts.size(); i++) {
            b.append("<tr><td>")
                .append(i == 0 ? escape(row) : "")
                .append("</td><td>")
                .append(escape(ts.get(i).name()))
                .append("</td><td>")
                .append(HtmlPage.badge(ts.get(i).outcome(), true))
                .append("</td></tr>\n");
          }
        });
    b.append("</tbody></table>\n");
  }
}
