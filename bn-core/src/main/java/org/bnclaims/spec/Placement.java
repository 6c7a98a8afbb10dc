package org.bnclaims.spec;

import java.util.List;

/**
 * Which of a network's normalizable layers get a normalization layer.
 *
 * <p>Layers are indexed 0..L-1 in forward order over the layers that can carry one (hidden layers;
 * the output layer only with {@link Kind#ALL_PLUS_LAST}). For ALL-CNN-C the "last layer" is conv9,
 * the convolution that produces the class maps (document 002, section 4.1.3).
 *
 * @param kind the policy
 * @param every for {@link Kind#EVERY_K}: every k-th hidden layer, starting with the k-th
 * @param indices for {@link Kind#EXPLICIT}: the hidden-layer indices, strictly ascending
 * @throws IllegalArgumentException for a missing kind, {@code every} below 1 with {@link
 *     Kind#EVERY_K} or set with another kind, or {@code indices} empty, negative or unsorted with
 *     {@link Kind#EXPLICIT} or set with another kind (an ignored value would still rename the run),
 *     naming the field, the value and what is allowed
 */
public record Placement(Kind kind, int every, List<Integer> indices) {

  /** The policies. */
  public enum Kind {
    ALL_HIDDEN,
    ALL_PLUS_LAST,
    FIRST_ONLY,
    PENULTIMATE_ONLY,
    EVERY_K,
    EXPLICIT
  }

  public Placement {
    Check.present("Placement.kind", kind);
    if (kind == Kind.EVERY_K) {
      Check.atLeast("Placement.every", every, 1);
    } else if (every != 0) {
      throw Check.rejected("Placement.every", every, "0 unless kind is EVERY_K");
    }
    indices = Check.integers("Placement.indices", indices, 0, true);
    if (kind == Kind.EXPLICIT && indices.isEmpty()) {
      throw Check.rejected(
          "Placement.indices", indices, "one or more layer indices with kind EXPLICIT");
    } else if (kind != Kind.EXPLICIT && !indices.isEmpty()) {
      throw Check.rejected("Placement.indices", indices, "empty unless kind is EXPLICIT");
    }
  }

  public static final Placement ALL_HIDDEN = new Placement(Kind.ALL_HIDDEN, 0, List.of());
  public static final Placement ALL_PLUS_LAST = new Placement(Kind.ALL_PLUS_LAST, 0, List.of());
  public static final Placement FIRST_ONLY = new Placement(Kind.FIRST_ONLY, 0, List.of());
  public static final Placement PENULTIMATE_ONLY =
      new Placement(Kind.PENULTIMATE_ONLY, 0, List.of());

  public static Placement everyK(int k) {
    return new Placement(Kind.EVERY_K, k, List.of());
  }

  public static Placement explicit(Integer... indices) {
    return new Placement(Kind.EXPLICIT, 0, List.of(indices));
  }

  /**
   * Whether hidden layer {@code i} of {@code hiddenCount} gets normalization; the output layer is
   * asked with {@code i == hiddenCount}.
   */
  public boolean applies(int i, int hiddenCount) {
    return switch (kind) {
      case ALL_HIDDEN -> i < hiddenCount;
      case ALL_PLUS_LAST -> i <= hiddenCount;
      case FIRST_ONLY -> i == 0;
      case PENULTIMATE_ONLY -> i == hiddenCount - 1;
      case EVERY_K -> i < hiddenCount && (i + 1) % every == 0;
      case EXPLICIT -> indices.contains(i);
    };
  }
}
