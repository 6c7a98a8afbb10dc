package org.bnclaims.spark;

import java.io.Serializable;
import java.util.List;

/**
 * One Spark task's input: a seed batch of one spec, as plain text and numbers so that it serializes
 * the same whatever the worker's bn-core version (the worker checks the hash).
 *
 * @param specJson the spec's canonical JSON
 * @param specHash the spec's hash on the driver
 * @param seeds the seeds to train together
 * @param dataDir the driver's data directory ({@code bn.dataDir} / {@code BN_DATA_DIR}), which must
 *     exist at the same path on every worker; null when the driver names none
 * @param device the driver's {@code bn.device} setting
 */
record SeedTask(String specJson, String specHash, List<Long> seeds, String dataDir, String device)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  SeedTask {
    if (specJson == null || specHash == null || device == null) {
      throw new IllegalArgumentException("a seed task needs a spec, its hash and a device");
    }
    seeds = List.copyOf(seeds);
    if (seeds.isEmpty()) {
      throw new IllegalArgumentException("a seed task needs at least one seed");
    }
  }
}
