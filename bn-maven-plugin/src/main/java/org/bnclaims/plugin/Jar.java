package org.bnclaims.plugin;

import java.nio.file.Path;

/**
 * A resolved artifact, reduced to what the fork's class path needs (so that class is tested without
 * Maven's artifact types).
 *
 * @param groupId group
 * @param artifactId artifact
 * @param version version
 * @param file the jar (or classes directory)
 */
record Jar(String groupId, String artifactId, String version, Path file) {

  String key() {
    return groupId + ":" + artifactId;
  }
}
