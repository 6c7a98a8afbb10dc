package org.bnclaims.spec;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Renders a spec record as canonical JSON: the one text a spec hashes to, identical on every JDK.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>Records become objects with keys in sorted (UTF-16 code unit) order, without whitespace.
 *   <li>A component equal ({@link Object#equals}) to the same component of its record type's
 *       default instance is omitted; the defaults are an explicit registry (see {@code
 *       SpecDefaults}), and a record type without a registered default is rejected, so a new spec
 *       part has to state its baseline. Omission is what keeps old hashes stable when a component
 *       is added at its baseline value.
 *   <li>Enums become their {@code name()}, or their {@link Keyed#key()} when they have one; lists
 *       arrays, strings JSON strings (only {@code "}, {@code \} and control characters escaped),
 *       booleans and integers their decimal form.
 *   <li>Doubles use {@link #formatDouble}: the shortest correctly rounded decimal that reads back
 *       to the same double, laid out as ECMAScript's {@code Number.prototype.toString} (what {@code
 *       JSON.stringify} prints), except that {@code -0.0} stays {@code -0}. {@code Double.toString}
 *       is not used because its digits changed in JDK 19.
 *   <li>{@code null}, NaN and infinities are rejected with the component's path.
 * </ul>
 */
public final class CanonicalJson {

  /** Enough significant digits to round-trip every double. */
  private static final int MAX_DIGITS = 17;

  /** ECMAScript switches to exponent notation outside [1e-7, 1e21). */
  private static final int MAX_PLAIN_EXPONENT = 21;

  private static final int MIN_PLAIN_EXPONENT = -6;

  private CanonicalJson() {}

  /** The canonical JSON of a spec record ({@link RunSpec} or one of its parts). */
  public static String of(Record spec) {
    return render(spec, SpecDefaults.REGISTRY);
  }

  /**
   * Renders {@code value} against default instances (tests use their own): a component equal to the
   * default's is omitted, and a null component of a default is always written.
   */
  static String write(Object value, Map<Class<? extends Record>, Record> defaults) {
    Map<Class<? extends Record>, Map<String, Object>> values = new HashMap<>();
    defaults.forEach((type, instance) -> values.put(type, SpecDefaults.fromInstance(instance)));
    return render(value, values);
  }

  private static String render(
      Object value, Map<Class<? extends Record>, Map<String, Object>> defaults) {
    StringBuilder out = new StringBuilder();
    value(value, value == null ? "value" : value.getClass().getSimpleName(), defaults, out);
    return out.toString();
  }

  private static void value(
      Object v,
      String path,
      Map<Class<? extends Record>, Map<String, Object>> defaults,
      StringBuilder out) {
    if (v == null) {
      throw new IllegalArgumentException(path + " is null; a spec has no null components");
    } else if (v instanceof Record r) {
      record(r, path, defaults, out);
    } else if (v instanceof Keyed k) {
      string(k.key(), out);
    } else if (v instanceof Enum<?> e) {
      string(e.name(), out);
    } else if (v instanceof List<?> list) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        value(list.get(i), path + "[" + i + "]", defaults, out);
      }
      out.append(']');
    } else if (v instanceof String s) {
      string(s, out);
    } else if (v instanceof Boolean || v instanceof Integer || v instanceof Long) {
      out.append(v);
    } else if (v instanceof Double d) {
      try {
        out.append(formatDouble(d));
      } catch (IllegalArgumentException ex) {
        throw new IllegalArgumentException(path + ": " + ex.getMessage(), ex);
      }
    } else {
      throw new IllegalArgumentException(
          path
              + " has type "
              + v.getClass().getName()
              + "; canonical JSON supports records, enums, lists, strings, booleans, int, long"
              + " and double");
    }
  }

  private static void record(
      Record r,
      String path,
      Map<Class<? extends Record>, Map<String, Object>> defaults,
      StringBuilder out) {
    Map<String, Object> def = defaults.get(r.getClass());
    if (def == null) {
      throw new IllegalArgumentException(
          path
              + ": record type "
              + r.getClass().getName()
              + " has no canonical default instance; registered: "
              + defaults.keySet().stream()
                  .map(Class::getSimpleName)
                  .sorted()
                  .collect(Collectors.joining(", ")));
    }
    TreeMap<String, Object> present = new TreeMap<>();
    for (RecordComponent c : r.getClass().getRecordComponents()) {
      Object v = SpecDefaults.component(c, r);
      if (v == null) {
        throw new IllegalArgumentException(
            path + "." + c.getName() + " is null; a spec has no null components");
      }
      if (!v.equals(def.get(c.getName()))) {
        present.put(c.getName(), v);
      }
    }
    out.append('{');
    boolean first = true;
    for (Map.Entry<String, Object> e : present.entrySet()) {
      if (!first) {
        out.append(',');
      }
      first = false;
      string(e.getKey(), out);
      out.append(':');
      value(e.getValue(), path + "." + e.getKey(), defaults, out);
    }
    out.append('}');
  }

  private static void string(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '"' || ch == '\\') {
        out.append('\\').append(ch);
      } else if (ch < 0x20) {
        out.append(String.format("\\u%04x", (int) ch));
      } else {
        out.append(ch);
      }
    }
    out.append('"');
  }

  /**
   * Formats a finite double in the canonical form: e.g. {@code 0.1}, {@code 0.00001}, {@code 1e-7},
   * {@code 100000000000000000000}, {@code 1e+21}, {@code 2.5}, {@code -0}.
   *
   * <p>The digits are those of the exact binary value rounded (half-even) to the fewest significant
   * digits, 1 to 17, that parse back to the same double; all of it is {@link BigDecimal}
   * arithmetic, which no JDK release has changed.
   *
   * @throws IllegalArgumentException for NaN and infinities, which a spec never holds
   */
  public static String formatDouble(double d) {
    if (!Double.isFinite(d)) {
      throw new IllegalArgumentException("not a finite number: " + d);
    }
    if (d == 0.0) {
      return Double.doubleToRawLongBits(d) < 0 ? "-0" : "0";
    }
    BigDecimal exact = new BigDecimal(d);
    BigDecimal shortest = exact.round(new MathContext(MAX_DIGITS, RoundingMode.HALF_EVEN));
    for (int p = 1; p < MAX_DIGITS; p++) {
      BigDecimal r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
      if (Double.parseDouble(r.toString()) == d) {
        shortest = r;
        break;
      }
    }
    shortest = shortest.stripTrailingZeros();
    String digits = shortest.unscaledValue().abs().toString();
    int k = digits.length();
    int n = k - shortest.scale(); // value = 0.digits * 10^n
    StringBuilder s = new StringBuilder(d < 0 ? "-" : "");
    if (k <= n && n <= MAX_PLAIN_EXPONENT) {
      s.append(digits).append("0".repeat(n - k));
    } else if (0 < n && n <= MAX_PLAIN_EXPONENT) {
      s.append(digits, 0, n).append('.').append(digits, n, k);
    } else if (MIN_PLAIN_EXPONENT < n && n <= 0) {
      s.append("0.").append("0".repeat(-n)).append(digits);
    } else {
      s.append(digits.charAt(0));
      if (k > 1) {
        s.append('.').append(digits, 1, k);
      }
      s.append('e').append(n - 1 < 0 ? '-' : '+').append(Math.abs(n - 1));
    }
    return s.toString();
  }
}
