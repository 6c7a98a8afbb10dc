package org.bnclaims.verdict;

import java.nio.file.Path;
import java.util.Map;

/**
 * Verdicts read from files, with the file each claim came from, so that whoever works on a claim
 * later (the report renderer) can name the input file in its errors.
 *
 * @param report the verdicts
 * @param fileById the file each claim id was read from
 */
public record VerdictFiles(VerdictReport report, Map<String, Path> fileById) {
  public VerdictFiles {
    fileById = Map.copyOf(fileById);
  }
}
