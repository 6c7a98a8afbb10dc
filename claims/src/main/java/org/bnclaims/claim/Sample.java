package org.bnclaims.claim;

import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleBinaryOperator;

/**
 * One value per seed, in seed order, with the label under which the report's per-seed table shows
 * it (usually the arm's name).
 *
 * @param label e.g. {@code "BN"} or {@code "gain @ batch 8"}
 * @param values one value per seed
 */
public record Sample(String label, double[] values) {

  /** Copies the values so a sample cannot change after it was measured. */
  public Sample {
    if (label == null || label.isBlank()) {
      throw new IllegalArgumentException("a sample needs a label");
    }
    if (values == null) {
      throw new IllegalArgumentException("sample '" + label + "' has no values");
    }
    values = values.clone();
  }

  /** A sample from values computed by the claim (e.g. per-seed gains). */
  public static Sample of(String label, double... values) {
    return new Sample(label, values);
  }

  @Override
  public double[] values() {
    return values.clone();
  }

  /** Replicates. */
  public int size() {
    return values.length;
  }

  /** Mean over seeds. */
  public double mean() {
    return Arrays.stream(values).average().orElse(Double.NaN);
  }

  /** The values as a list, for the report's per-seed table. */
  public List<Double> asList() {
    return Arrays.stream(values).boxed().toList();
  }

  /** The same values under another label. */
  public Sample named(String newLabel) {
    return new Sample(newLabel, values);
  }

  /** {@code this - other} per seed (e.g. the BN gain at one batch size), labelled {@code label}. */
  public Sample minus(Sample other, String label) {
    return combine(other, label, (a, b) -> a - b);
  }

  private Sample combine(Sample other, String newLabel, DoubleBinaryOperator op) {
    if (other.values.length != values.length) {
      throw new IllegalArgumentException(
          "samples '"
              + this.label
              + "' ("
              + values.length
              + " seeds) and '"
              + other.label
              + "' ("
              + other.values.length
              + " seeds) do not pair");
    }
    double[] out = new double[values.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = op.applyAsDouble(values[i], other.values[i]);
    }
    return new Sample(newLabel, out);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Sample s && s.label.equals(label) && Arrays.equals(s.values, values);
  }

  @Override
  public int hashCode() {
    return 31 * label.hashCode() + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return label + " " + Arrays.toString(values);
  }
}
