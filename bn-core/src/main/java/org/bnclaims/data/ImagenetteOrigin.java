package org.bnclaims.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Says whether an Imagenette folder holds the official files, for the report: results on re-encoded
 * images are not results on Imagenette as published, even when the images are the same photographs.
 *
 * <p>Two checks, both by content. A folder whose {@link ImagenetteFiles#fingerprint()} is a known
 * copy gets that copy's description (how it was made cannot be read from the files). A folder with
 * {@value #MANIFEST} beside it (every member of the official {@code imagenette2-160.tgz}: path,
 * bytes, MD5) gets each file compared with the official one. Without either, the note says the
 * files were not checked.
 */
final class ImagenetteOrigin {
  /** Lists the official archive's members, tab-separated: path, bytes, MD5. */
  static final String MANIFEST = "official-imagenette2-160-manifest.tsv";

  /**
   * Fingerprint of the project's shared subset (300/100 images per class), as its README pins it.
   */
  static final String SHARED_SUBSET =
      "7707f3a3d5f7994b27d871299328cb118e59292e8dd654e4f25bd9f0729781a0";

  static final String SHARED_SUBSET_NOTE =
      "images re-encoded (a 224 x 224 copy, aspect ratio not kept, resized to 160 x 160 and saved"
          + " as JPEG quality 90): real Imagenette photographs under their official split and"
          + " file names, not the official files";

  private ImagenetteOrigin() {}

  /** The notes on {@code files}; {@code manifest} may be absent. */
  static List<String> notes(ImagenetteFiles files, Path manifest) {
    List<String> notes = new ArrayList<>();
    if (SHARED_SUBSET.equals(files.fingerprint())) {
      notes.add(SHARED_SUBSET_NOTE);
    }
    if (Files.isRegularFile(manifest)) {
      String differences = compare(files.all(), readManifest(manifest));
      if (differences != null) {
        notes.add(differences);
      }
    } else if (notes.isEmpty()) {
      notes.add(
          "not checked against the official archive (no "
              + MANIFEST
              + " beside "
              + files.dir().getFileName()
              + "/)");
    }
    return notes;
  }

  /** Says how {@code files} differ from the official MD5s; null when none does. */
  static String compare(List<ImagenetteFiles.JpegFile> files, Map<String, String> officialMd5) {
    int absent = 0;
    int differ = 0;
    for (ImagenetteFiles.JpegFile f : files) {
      String md5 = officialMd5.get(f.name());
      if (md5 == null) {
        absent++;
      } else if (!md5.equals(f.md5())) {
        differ++;
      }
    }
    int n = files.size();
    List<String> parts = new ArrayList<>();
    if (differ > 0) {
      parts.add(
          String.format(
              Locale.ROOT, "%,d of %,d images differ from the official files", differ, n));
    }
    if (absent > 0) {
      parts.add(
          String.format(Locale.ROOT, "%,d of %,d are not in the official archive", absent, n));
    }
    return parts.isEmpty() ? null : String.join(" and ", parts) + " (MD5s of " + MANIFEST + ")";
  }

  /** Official path to lower-case MD5; a malformed line fails naming the file and the line. */
  static Map<String, String> readManifest(Path manifest) {
    List<String> lines;
    try {
      lines = Files.readAllLines(manifest);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + manifest + ": " + e, e);
    }
    Map<String, String> md5 = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 3 || !f[1].matches("[0-9]+") || !f[2].matches("[0-9a-fA-F]{32}")) {
        throw new BadDataException(
            manifest,
            "line " + (i + 1) + " is not 'path<TAB>bytes<TAB>md5' (32 hex digits): '" + line + "'");
      }
      md5.put(f[0], f[2].toLowerCase(Locale.ROOT));
    }
    return md5;
  }
}
