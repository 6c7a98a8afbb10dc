package org.bnclaims.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bnclaims.stats.Decision;

/**
 * The further statistics of a test ({@code TestReport.extra}) as short readable items: related keys
 * are joined ({@code a12}, {@code a12Lo}, {@code a12Hi} become "A12 0.92 [0.71, 1]"), flags become
 * words, and any key this list does not know is shown as {@code key value}.
 */
final class Extras {

  private Extras() {}

  static List<String> items(Map<String, Double> extra) {
    List<String> out = new ArrayList<>();
    if (extra == null || extra.isEmpty()) {
      return out;
    }
    Map<String, Double> left = new TreeMap<>(extra);
    Double a12 = left.remove(Decision.A12);
    Double a12Lo = left.remove(Decision.A12_LO);
    Double a12Hi = left.remove(Decision.A12_HI);
    if (a12 != null) {
      out.add("P(A>B) (A12) " + num(a12) + interval(a12Lo, a12Hi));
    }
    Double wins = left.remove(Decision.WINS);
    Double of = left.remove(Decision.WINS_OF);
    Double winsLo = left.remove(Decision.WINS_LO);
    Double winsHi = left.remove(Decision.WINS_HI);
    Double winsP = left.remove(Decision.WINS_P);
    if (wins != null) {
      out.add(
          "wins "
              + num(wins)
              + (of == null ? "" : "/" + num(of))
              + interval(winsLo, winsHi)
              + (winsP == null ? "" : ", sign test p " + Fmt.p(winsP)));
    }
    take(left, Decision.PERMUTATION_P).ifPresent(p -> out.add("sign-flip p " + Fmt.p(p)));
    take(left, Decision.MANN_WHITNEY_P).ifPresent(p -> out.add("Mann-Whitney p " + Fmt.p(p)));
    take(left, Decision.DISAGREEMENT)
        .filter(v -> v == 1.0)
        .ifPresent(v -> out.add("rank test disagrees with the t interval"));
    take(left, Decision.NEGLIGIBLE)
        .filter(v -> v == 1.0)
        .ifPresent(v -> out.add("detectable but negligible"));
    Double se = left.remove(Decision.SE);
    Double df = left.remove(Decision.DF);
    if (se != null || df != null) {
      out.add(
          (se == null ? "" : "se " + num(se))
              + (se != null && df != null ? ", " : "")
              + (df == null ? "" : "df " + num(df)));
    }
    left.forEach((k, v) -> out.add(k + " " + num(v)));
    return out;
  }

  private static java.util.Optional<Double> take(Map<String, Double> m, String key) {
    return java.util.Optional.ofNullable(m.remove(key));
  }

  private static String num(Double v) {
    return Fmt.num(v == null ? Double.NaN : v);
  }

  private static String interval(Double lo, Double hi) {
    return lo == null || hi == null ? "" : " [" + num(lo) + ", " + num(hi) + "]";
  }
}
