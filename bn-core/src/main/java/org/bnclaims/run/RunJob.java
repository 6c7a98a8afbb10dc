package org.bnclaims.run;

import org.bnclaims.spec.RunSpec;
import org.bnclaims.spec.SpecHash;

/**
 * One replicate to run: a spec and a seed.
 *
 * @param spec what to compute
 * @param seed the replicate's seed
 */
public record RunJob(RunSpec spec, long seed) {

  /** The spec's content hash. */
  public String specHash() {
    return SpecHash.of(spec);
  }
}
