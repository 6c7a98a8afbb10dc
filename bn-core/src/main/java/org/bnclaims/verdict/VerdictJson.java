package org.bnclaims.verdict;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Reads and writes verdicts as JSON: one {@link ClaimVerdict} per file in {@code
 * target/bn-verdicts/}, and the whole {@link VerdictReport} as {@code verdicts.json}.
 *
 * <p>Field names are the record component names (DESIGN.md section 11). A NaN statistic is written
 * as {@code null} and read back as NaN; infinities are the strings {@code "Infinity"} and {@code
 * "-Infinity"}. A string with an unpaired UTF-16 surrogate, which UTF-8 cannot encode, is written
 * with U+FFFD in its place. Writes go to a temporary file in the target directory that is then
 * moved into place atomically, so a reader never sees half a verdict; readers skip the temporary
 * files, whose names start with a dot. Every read error names the file, and the claim and the field
 * when they are known; a null entry in a list, array or map is an error unless it is a number
 * (NaN).
 */
public final class VerdictJson {

  /** Name of the whole-suite file beside the report. */
  public static final String REPORT_FILE = "verdicts.json";

  private static final String SUFFIX = ".json";

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(NonFiniteDoubles.module())
          .addModule(EncodableStrings.module())
          .defaultPrettyPrinter(
              new DefaultPrettyPrinter()
                  .withArrayIndenter(DefaultPrettyPrinter.FixedSpaceIndenter.instance))
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private VerdictJson() {}

  /** The configured mapper, for callers that embed verdict records in their own JSON. */
  public static ObjectMapper mapper() {
    return MAPPER.copy();
  }

  /** Serializes any verdict record (or a map of them) with the verdict encoding. */
  public static String toJson(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JacksonException e) {
      throw new IllegalArgumentException("cannot serialize " + value.getClass().getName(), e);
    }
  }

  /** Writes one claim's verdict to {@code file} atomically. */
  public static void writeClaim(ClaimVerdict verdict, Path file) {
    requireValid(verdict, file);
    writeAtomically(file, toJson(verdict));
  }

  /** Writes one claim's verdict to {@code <dir>/<id>.json} atomically and returns the path. */
  public static Path writeClaimTo(ClaimVerdict verdict, Path dir) {
    requireValid(verdict, dir);
    Path file = dir.resolve(verdict.id() + SUFFIX);
    writeClaim(verdict, file);
    return file;
  }

  /** Reads one claim's verdict; a missing, malformed or incomplete file fails naming the file. */
  public static ClaimVerdict readClaim(Path file) {
    ClaimVerdict v = read(file, ClaimVerdict.class);
    requireValid(v, file);
    return v;
  }

  /** Reads every verdict in {@code dir}, stamped with the current time; see the overload. */
  public static VerdictReport readDirectory(Path dir) {
    return readDirectory(dir, Instant.now());
  }

  /**
   * Reads every {@code *.json} verdict in {@code dir} into a report sorted by claim id. The profile
   * is the claims' common profile ({@code "mixed"} when they differ, {@code "none"} when there are
   * no claims).
   */
  public static VerdictReport readDirectory(Path dir, Instant generatedAt) {
    return readFiles(dir, generatedAt).report();
  }

  /** {@link #readDirectory(Path, Instant)}, keeping the file each claim was read from. */
  public static VerdictFiles readFiles(Path dir, Instant generatedAt) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("verdict directory " + dir + " does not exist");
    }
    List<ClaimVerdict> claims = new ArrayList<>();
    Map<String, Path> seen = new HashMap<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
      for (Path f : files) {
        if (f.getFileName().toString().startsWith(".") || !Files.isRegularFile(f)) {
          continue;
        }
        ClaimVerdict v = readClaim(f);
        Path before = seen.put(v.id(), f);
        if (before != null) {
          throw new IllegalArgumentException(
              "claim id '" + v.id() + "' appears in both " + before + " and " + f);
        }
        claims.add(v);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list verdict directory " + dir, e);
    }
    claims.sort(Comparator.comparing(ClaimVerdict::id));
    TreeSet<String> profiles = new TreeSet<>();
    claims.forEach(c -> profiles.add(String.valueOf(c.profile())));
    String profile =
        profiles.isEmpty() ? "none" : profiles.size() == 1 ? profiles.first() : "mixed";
    return new VerdictFiles(
        new VerdictReport(profile, generatedAt.toString(), List.copyOf(claims)), seen);
  }

  /** Writes the whole report ({@code verdicts.json}) atomically. */
  public static void writeReport(VerdictReport report, Path file) {
    writeAtomically(file, reportJson(report, file));
  }

  /**
   * The text of {@code verdicts.json} for {@code report}, after the checks a reader applies; {@code
   * where} names the destination in error messages.
   */
  public static String reportJson(VerdictReport report, Path where) {
    if (report == null || report.claims() == null) {
      throw new IllegalArgumentException("report for " + where + " has no claims list");
    }
    report.claims().forEach(c -> requireValid(c, where));
    return toJson(report) + "\n";
  }

  /** Reads a whole report ({@code verdicts.json}); errors name the file. */
  public static VerdictReport readReport(Path file) {
    VerdictReport r = read(file, VerdictReport.class);
    if (r == null || r.claims() == null) {
      throw new IllegalArgumentException("verdict report " + file + " has no 'claims' array");
    }
    r.claims().forEach(c -> requireValid(c, file));
    return r;
  }

  private static <T> T read(Path file, Class<T> type) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("verdict file " + file + " does not exist");
    }
    try {
      T value = MAPPER.readValue(file.toFile(), type);
      if (value == null) {
        throw new IllegalArgumentException("verdict file " + file + " is empty (JSON null)");
      }
      return value;
    } catch (JsonMappingException e) {
      throw new IllegalArgumentException(
          "malformed verdict file " + file + at(e) + ": " + e.getOriginalMessage(), e);
    } catch (JacksonException e) {
      throw new IllegalArgumentException(
          "malformed verdict file " + file + ": " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read verdict file " + file, e);
    }
  }

  private static void requireValid(ClaimVerdict v, Path where) {
    check(v, "verdict file " + where);
  }

  /**
   * The checks every read and write applies to a verdict: an id usable as a file name, an outcome,
   * and no null entry in a list, array or map other than a number (NaN).
   *
   * @param source names the input in the message, e.g. {@code verdict file target/x.json}
   * @throws IllegalArgumentException naming {@code source}, the claim and the field
   */
  public static void check(ClaimVerdict v, String source) {
    if (v == null) {
      throw new IllegalArgumentException(source + ": the verdict is null");
    }
    if (v.id() == null || !v.id().matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
      throw new IllegalArgumentException(
          source
              + ": invalid claim id '"
              + v.id()
              + "' (letters, digits, '.', '_', '-'; used as a file name)");
    }
    String claim = source + ", claim '" + v.id() + "'";
    if (v.verdict() == null) {
      throw new IllegalArgumentException(
          claim + ": no 'verdict' (one of SUPPORTED, INCONCLUSIVE, REFUTED, SKIPPED)");
    }
    NullEntries.find(v)
        .ifPresent(
            path -> {
              throw new IllegalArgumentException(
                  claim
                      + ": "
                      + path
                      + " is null; only a number may be null in a list (it reads as NaN)");
            });
  }

  /** Where in the JSON a mapping error happened, e.g. {@code at tests[0].estimate}. */
  private static String at(JsonMappingException e) {
    StringBuilder b = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        b.append(b.length() == 0 ? "" : ".").append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        b.append('[').append(r.getIndex()).append(']');
      }
    }
    return b.length() == 0 ? "" : " at " + b;
  }

  private static void writeAtomically(Path file, String json) {
    Path abs = file.toAbsolutePath();
    Path dir = abs.getParent();
    try {
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, "." + abs.getFileName(), ".tmp");
      try {
        readableByAll(tmp);
        Files.writeString(tmp, json.endsWith("\n") ? json : json + "\n");
        // Same directory, so the rename is atomic on every POSIX file system.
        Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write verdict file " + file, e);
    }
  }

  /** Temporary files are created owner-only; a verdict is a build output that others read. */
  private static void readableByAll(Path file) throws IOException {
    if (Files.getFileAttributeView(file, PosixFileAttributeView.class) != null) {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    }
  }
}
