package org.bnclaims.verdict;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Jackson module for the encoding of non-finite doubles in verdict JSON: NaN is written as {@code
 * null} (as JavaScript's {@code JSON.stringify} does, so any JSON reader accepts the file) and read
 * back as NaN, never as 0; infinities are written as the strings {@code "Infinity"} and {@code
 * "-Infinity"}. Jackson's defaults would either emit invalid JSON or turn a null into 0.0, which
 * would silently change a statistic.
 */
final class NonFiniteDoubles {

  private NonFiniteDoubles() {}

  static SimpleModule module() {
    SimpleModule m = new SimpleModule("bn-non-finite-doubles");
    m.addSerializer(Double.class, new DoubleSer());
    m.addSerializer(double.class, new DoubleSer());
    m.addSerializer(double[].class, new ArraySer());
    m.addDeserializer(Double.class, new DoubleDeser());
    m.addDeserializer(double.class, new DoubleDeser());
    m.addDeserializer(double[].class, new ArrayDeser());
    return m;
  }

  static void write(double v, JsonGenerator gen) throws IOException {
    if (Double.isNaN(v)) {
      gen.writeNull();
    } else if (Double.isInfinite(v)) {
      gen.writeString(v > 0 ? "Infinity" : "-Infinity");
    } else {
      gen.writeNumber(v);
    }
  }

  static double read(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return Double.NaN;
    }
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      return p.getDoubleValue();
    }
    if (t == JsonToken.VALUE_STRING) {
      String s = p.getText().trim();
      switch (s) {
        case "NaN":
          return Double.NaN;
        case "Infinity":
          return Double.POSITIVE_INFINITY;
        case "-Infinity":
          return Double.NEGATIVE_INFINITY;
        default:
          try {
            return Double.parseDouble(s);
          } catch (NumberFormatException e) {
            return (Double)
                ctxt.handleWeirdStringValue(
                    Double.class, s, "not a number (expected a number, null, or +-Infinity)");
          }
      }
    }
    return (Double) ctxt.handleUnexpectedToken(Double.class, p);
  }

  private static final class DoubleSer extends JsonSerializer<Double> {
    @Override
    public void serialize(Double value, JsonGenerator gen, SerializerProvider serializers)
        throws IOException {
      write(value, gen);
    }
  }

  private static final class ArraySer extends JsonSerializer<double[]> {
    @Override
    public void serialize(double[] value, JsonGenerator gen, SerializerProvider serializers)
        throws IOException {
      gen.writeStartArray(value, value.length);
      for (double v : value) {
        write(v, gen);
      }
      gen.writeEndArray();
    }
  }

  private static final class DoubleDeser extends JsonDeserializer<Double> {
    @Override
    public Double deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return read(p, ctxt);
    }

    @Override
    public Double getNullValue(DeserializationContext ctxt) {
      return Double.NaN;
    }
  }

  private static final class ArrayDeser extends JsonDeserializer<double[]> {
    @Override
    public double[] deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.START_ARRAY) {
        return (double[]) ctxt.handleUnexpectedToken(double[].class, p);
      }
      List<Double> values = new ArrayList<>();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        values.add(read(p, ctxt));
      }
      double[] out = new double[values.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = values.get(i);
      }
      return out;
    }
  }
}
