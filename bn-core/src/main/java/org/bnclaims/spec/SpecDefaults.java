package org.bnclaims.spec;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The registry of canonical default values, one set per spec record type, against which {@link
 * CanonicalJson} omits components.
 *
 * <p>Each set is taken from the record's own baseline factory ({@code DataSpec.of}, {@code
 * ModelSpec.of}, {@code NormSpec.of}, {@code OptimSpec.sgd}, {@code TrainSpec.of}, {@code
 * ProbeSpec.NONE}, {@code Placement.ALL_HIDDEN}), so a component added later with its baseline in
 * the factory is omitted from every spec that leaves it at the baseline: old hashes survive. A
 * component without a meaningful default (a dataset name, an architecture, the learning rate, the
 * batch size, the epochs, the parts of a run spec) has no entry: it is always written. The
 * factories need some valid value for those (the records check their fields); it is dropped here.
 *
 * <p>Changing a baseline value in a factory changes which specs omit it, and can make an old and a
 * new spec render alike: bump {@link SpecHash#SEMANTICS_VERSION} when you do (the pinned-hash test
 * will fail as a reminder).
 */
final class SpecDefaults {

  static final Map<Class<? extends Record>, Map<String, Object>> REGISTRY =
      Map.of(
          RunSpec.class,
          baseline(
              new RunSpec(
                  DataSpec.of("any"),
                  ModelSpec.of("any"),
                  NormSpec.NONE,
                  OptimSpec.sgd(1),
                  TrainSpec.of(1, 1),
                  ProbeSpec.NONE),
              "data",
              "model",
              "norm",
              "optim",
              "train"),
          DataSpec.class,
          baseline(DataSpec.of("any"), "dataset"),
          ModelSpec.class,
          baseline(ModelSpec.of("any"), "arch"),
          NormSpec.class,
          baseline(NormSpec.of(NormVariant.NONE)),
          Placement.class,
          baseline(Placement.ALL_HIDDEN),
          OptimSpec.class,
          baseline(OptimSpec.sgd(1), "lr"),
          TrainSpec.class,
          baseline(TrainSpec.of(1, 1), "batchSize", "epochs"),
          ProbeSpec.class,
          baseline(ProbeSpec.NONE));

  private SpecDefaults() {}

  /** The components of {@code factoryValue} by name, without {@code alwaysWritten}. */
  static Map<String, Object> baseline(Record factoryValue, String... alwaysWritten) {
    Set<String> written = Set.of(alwaysWritten);
    Map<String, Object> values = new HashMap<>();
    for (RecordComponent c : factoryValue.getClass().getRecordComponents()) {
      if (!written.contains(c.getName())) {
        values.put(c.getName(), component(c, factoryValue));
      }
    }
    List<String> names =
        List.of(factoryValue.getClass().getRecordComponents()).stream()
            .map(RecordComponent::getName)
            .toList();
    if (!names.containsAll(written)) {
      throw new IllegalStateException(
          factoryValue.getClass().getSimpleName() + " has no component among " + written);
    }
    return Map.copyOf(values);
  }

  /** The components of {@code value} by name; a null component is always written. */
  static Map<String, Object> fromInstance(Record value) {
    Map<String, Object> values = new HashMap<>();
    for (RecordComponent c : value.getClass().getRecordComponents()) {
      Object v = component(c, value);
      if (v != null) {
        values.put(c.getName(), v);
      }
    }
    return values;
  }

  static Object component(RecordComponent c, Record r) {
    try {
      var accessor = c.getAccessor();
      accessor.trySetAccessible();
      return accessor.invoke(r);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException(
          "cannot read " + r.getClass().getName() + "." + c.getName(), e);
    }
  }
}
