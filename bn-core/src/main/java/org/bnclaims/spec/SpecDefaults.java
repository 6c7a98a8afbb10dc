package org.bnclaims.spec;

import java.util.Map;

/**
 * The registry of canonical default instances, one per spec record type, against which {@link
 * CanonicalJson} omits components.
 *
 * <p>Each default is built with the record's own baseline factory ({@code DataSpec.of}, {@code
 * ModelSpec.of}, {@code NormSpec.of}, {@code OptimSpec.sgd}, {@code TrainSpec.of}, {@code
 * ProbeSpec.NONE}, {@code Placement.ALL_HIDDEN}), so a component added later with its baseline in
 * the factory is omitted from every spec that leaves it at the baseline: old hashes survive. A
 * component without a meaningful default (a dataset name, an architecture, the learning rate, the
 * batch size, the epochs) is defaulted to {@code null} or zero here; {@code null} means "always
 * written", and zero is never a valid value for the numeric ones.
 *
 * <p>Changing a baseline value in a factory changes which specs omit it, and can make an old and a
 * new spec render alike: bump {@link SpecHash#SEMANTICS_VERSION} when you do (the pinned-hash test
 * will fail as a reminder).
 */
final class SpecDefaults {

  static final Map<Class<? extends Record>, Record> REGISTRY =
      Map.of(
          RunSpec.class,
          new RunSpec(null, null, null, null, null, ProbeSpec.NONE),
          DataSpec.class,
          DataSpec.of(null),
          ModelSpec.class,
          ModelSpec.of(null),
          NormSpec.class,
          NormSpec.of(NormVariant.NONE),
          Placement.class,
          Placement.ALL_HIDDEN,
          OptimSpec.class,
          OptimSpec.sgd(0.0),
          TrainSpec.class,
          TrainSpec.of(0, 0),
          ProbeSpec.class,
          ProbeSpec.NONE);

  private SpecDefaults() {}
}
