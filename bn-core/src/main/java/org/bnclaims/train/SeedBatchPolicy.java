package org.bnclaims.train;

import org.bnclaims.model.Models;
import org.bnclaims.spec.RunSpec;

/**
 * How many seeds of a spec train side by side as one network ({@code -Dbn.seedBatch=K}; 1 turns it
 * off, 0 or absent chooses automatically).
 *
 * <p>Batching pays where a step's fixed cost (op dispatch through JNI, oneDNN's per-call work)
 * dwarfs its arithmetic: K seeds then share one step's overhead. Measured on an AMD EPYC (2 cores,
 * AVX2), one thread: document 004's conv4 at batch 2 on 64 px images took 4.7 ms per seed-step
 * alone and 2.7-2.8 ms in batches of 5 or 10. It does not pay where a step streams large weights
 * through memory: document 000's MLP 784-512-10 with Adam at batch 8 took 1.9 ms per seed-step
 * alone and 1.8-2.9 ms in batches of 3 to 10, because ten seeds' weights and optimizer state no
 * longer fit in the cache. Nor where the arithmetic dominates (convolutional networks at batch
 * 128). So the automatic choice batches convolutional networks at small batch sizes only ({@link
 * #SMALL_STEP_IMAGES}), {@link #AUTO_LIMIT} seeds at a time.
 *
 * @param configured the requested limit, or 0 for automatic
 */
public record SeedBatchPolicy(int configured) {

  /** System property of the requested seed batch. */
  public static final String PROPERTY = "bn.seedBatch";

  /** Seeds per network when batching is chosen automatically. */
  static final int AUTO_LIMIT = 10;

  /** Convolutional networks batch seeds automatically up to this training batch size. */
  static final int SMALL_STEP_IMAGES = 16;

  public SeedBatchPolicy {
    if (configured < 0) {
      throw new IllegalArgumentException(
          PROPERTY + " must be 0 (automatic) or a seed count >= 1, got " + configured);
    }
  }

  /** The policy {@code -Dbn.seedBatch} asks for (automatic when unset). */
  public static SeedBatchPolicy fromEnvironment() {
    String v = System.getProperty(PROPERTY);
    if (v == null || v.isBlank()) {
      return new SeedBatchPolicy(0);
    }
    try {
      return new SeedBatchPolicy(Integer.parseInt(v.trim()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          PROPERTY + " must be 0 (automatic) or a seed count >= 1, got '" + v + "'", e);
    }
  }

  /** The most seeds of {@code spec} trained as one network. */
  public int limit(RunSpec spec) {
    if (!Models.batchesSeeds(spec.model().arch())) {
      return 1;
    }
    if (configured > 0) {
      return configured;
    }
    boolean small =
        !spec.model().arch().equals("mlp") && spec.train().batchSize() <= SMALL_STEP_IMAGES;
    return small ? AUTO_LIMIT : 1;
  }
}
