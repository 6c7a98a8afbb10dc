package org.bnclaims.gate;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.bnclaims.verdict.ClaimVerdict;
import org.bnclaims.verdict.Outcome;
import org.bnclaims.verdict.VerdictReport;

/**
 * The committed baseline of verdicts for {@code failOn=regression}: a small JSON object {@code
 * {"claim-id": "SUPPORTED", ...}}, sorted by id so that a change shows as a one-line diff.
 */
public final class Baseline {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Baseline() {}

  /** The baseline a report would write: each claim's id and verdict. */
  public static Map<String, Outcome> of(VerdictReport report) {
    Map<String, Outcome> m = new TreeMap<>();
    for (ClaimVerdict c : report.claims()) {
      m.put(c.id(), c.verdict());
    }
    return m;
  }

  /** Reads a baseline; a missing or malformed file, or an unknown outcome, fails naming it. */
  public static Map<String, Outcome> read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("baseline file " + file + " does not exist");
    }
    Map<String, String> raw;
    try {
      raw = MAPPER.readValue(file.toFile(), new TypeReference<Map<String, String>>() {});
    } catch (JacksonException e) {
      throw new IllegalArgumentException(
          "malformed baseline file "
              + file
              + " (expected {\"claim-id\": \"SUPPORTED\", ...}): "
              + e.getOriginalMessage(),
          e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read baseline file " + file, e);
    }
    if (raw == null) {
      throw new IllegalArgumentException("baseline file " + file + " is empty (JSON null)");
    }
    Map<String, Outcome> m = new TreeMap<>();
    raw.forEach(
        (id, outcome) -> {
          try {
            m.put(id, Outcome.valueOf(String.valueOf(outcome)));
          } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                "baseline file "
                    + file
                    + ": claim '"
                    + id
                    + "' has unknown verdict '"
                    + outcome
                    + "'; valid: "
                    + Arrays.toString(Outcome.values()),
                e);
          }
        });
    return m;
  }

  /** Writes a baseline atomically (temporary file, then a move), sorted by claim id. */
  public static void write(Path file, Map<String, Outcome> baseline) {
    Path abs = file.toAbsolutePath();
    try {
      Files.createDirectories(abs.getParent());
      Path tmp = Files.createTempFile(abs.getParent(), "." + abs.getFileName(), ".tmp");
      try {
        Files.writeString(tmp, MAPPER.writeValueAsString(new TreeMap<>(baseline)) + "\n");
        Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write baseline file " + file, e);
    }
  }
}
