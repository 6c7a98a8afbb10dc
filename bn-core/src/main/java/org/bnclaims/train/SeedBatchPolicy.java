package org.bnclaims.train;

import org.bnclaims.model.Models;
import org.bnclaims.spec.RunSpec;

/**
 * How many seeds of a spec train side by side as one network ({@code -Dbn.seedBatch=K}; 1 turns it
 * off, 0 or absent chooses automatically).
 *
 * <p>Batching pays where a step's arithmetic is small next to its fixed cost (op dispatch through
 * JNI, the optimizer's passes over every parameter): K seeds then cost about one step's overhead
 * instead of K. Where a step is large (a convolutional network at batch 128) the arithmetic
 * dominates and batching neither helps nor hurts much, and one seed per network keeps each run
 * independent of the others' numerics. The automatic limit follows the per-step work measured in
 * {@code TrainingBenchmark}: see {@link #AUTO_LIMIT} and {@link #SMALL_STEP_IMAGES}.
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
        spec.model().arch().equals("mlp") || spec.train().batchSize() <= SMALL_STEP_IMAGES;
    return small ? AUTO_LIMIT : 1;
  }
}
