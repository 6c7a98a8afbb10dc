package org.bnclaims.verdict;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;

/**
 * Jackson module that writes every string (values and map keys) with its unpaired UTF-16 surrogates
 * replaced by U+FFFD. Such a string cannot be encoded as UTF-8: writing it failed after part of a
 * report was on disk. The HTML and XML writers of the report replace the same characters.
 */
final class EncodableStrings {

  private EncodableStrings() {}

  static SimpleModule module() {
    SimpleModule m = new SimpleModule("bn-encodable-strings");
    m.addSerializer(String.class, new Values());
    m.addKeySerializer(String.class, new Keys());
    return m;
  }

  /**
   * {@code s} with each unpaired surrogate replaced by U+FFFD; {@code s} itself when it has none.
   */
  static String replaceLoneSurrogates(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean paired =
          Character.isHighSurrogate(c)
              && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1));
      if (paired) {
        if (b != null) {
          b.append(c).append(s.charAt(i + 1));
        }
        i++;
      } else if (Character.isSurrogate(c)) {
        if (b == null) {
          b = new StringBuilder(s.length()).append(s, 0, i);
        }
        b.append('\uFFFD');
      } else if (b != null) {
        b.append(c);
      }
    }
    return b == null ? s : b.toString();
  }

  private static final class Values extends JsonSerializer<String> {
    @Override
    public void serialize(String value, JsonGenerator gen, SerializerProvider serializers)
        throws IOException {
      gen.writeString(replaceLoneSurrogates(value));
    }
  }

  private static final class Keys extends JsonSerializer<String> {
    @Override
    public void serialize(String value, JsonGenerator gen, SerializerProvider serializers)
        throws IOException {
      gen.writeFieldName(replaceLoneSurrogates(value));
    }
  }
}
