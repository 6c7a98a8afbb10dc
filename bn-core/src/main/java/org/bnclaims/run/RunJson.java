package org.bnclaims.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * JSON form of run results, as stored in a run directory's {@code result.json}.
 *
 * <p>A diverged run carries NaN and infinite losses; they are written as the strings {@code "NaN"},
 * {@code "Infinity"} and {@code "-Infinity"} (valid JSON) and read back as the same doubles. Bare
 * {@code NaN} tokens, as Python's {@code json} writes them, are accepted on reading.
 */
public final class RunJson {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
          .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .build();

  private RunJson() {}

  /** A copy of the configured mapper, for other records that travel with results. */
  public static ObjectMapper mapper() {
    return MAPPER.copy();
  }

  /** The pretty-printed JSON of {@code result}. */
  public static String toJson(RunResult result) {
    try {
      return MAPPER.writeValueAsString(result);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write run result as JSON: " + e.getMessage(), e);
    }
  }

  /** Parses a result; {@code source} names where the text came from, for the error message. */
  public static RunResult fromJson(String json, String source) throws IOException {
    try {
      RunResult r = MAPPER.readValue(json, RunResult.class);
      if (r == null) {
        throw new IOException(source + ": empty JSON document, expected a run result");
      }
      return r;
    } catch (JsonProcessingException e) {
      throw new IOException(source + ": not a valid run result: " + e.getOriginalMessage(), e);
    }
  }

  /** The UTF-8 bytes of {@link #toJson}. */
  static byte[] bytes(RunResult result) {
    return toJson(result).getBytes(StandardCharsets.UTF_8);
  }

  /** Reads a result file. */
  public static RunResult read(Path file) throws IOException {
    return fromJson(Files.readString(file, StandardCharsets.UTF_8), file.toString());
  }

  /** Writes a result file (not atomically; the run cache adds that). */
  public static void write(RunResult result, Path file) {
    try {
      Files.write(file, bytes(result));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
