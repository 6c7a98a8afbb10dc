package org.bnclaims.spec;

/**
 * Everything that changes what one training run computes, except the seed.
 *
 * <p>A replicate is {@code (RunSpec, seed)}: the seed drives initialization, data order,
 * augmentation and dropout, identically in every arm of a comparison (pairing by seed).
 *
 * <p>Each part checks its own fields when it is made; a run spec adds only that no part is missing.
 */
public record RunSpec(
    DataSpec data,
    ModelSpec model,
    NormSpec norm,
    OptimSpec optim,
    TrainSpec train,
    ProbeSpec probes) {

  public RunSpec {
    Check.present("RunSpec.data", data);
    Check.present("RunSpec.model", model);
    Check.present("RunSpec.norm", norm);
    Check.present("RunSpec.optim", optim);
    Check.present("RunSpec.train", train);
    Check.present("RunSpec.probes", probes);
  }

  public RunSpec withData(DataSpec d) {
    return new RunSpec(d, model, norm, optim, train, probes);
  }

  public RunSpec withModel(ModelSpec m) {
    return new RunSpec(data, m, norm, optim, train, probes);
  }

  public RunSpec withNorm(NormSpec n) {
    return new RunSpec(data, model, n, optim, train, probes);
  }

  public RunSpec withOptim(OptimSpec o) {
    return new RunSpec(data, model, norm, o, train, probes);
  }

  public RunSpec withTrain(TrainSpec t) {
    return new RunSpec(data, model, norm, optim, t, probes);
  }

  public RunSpec withProbes(ProbeSpec p) {
    return new RunSpec(data, model, norm, optim, train, p);
  }
}
