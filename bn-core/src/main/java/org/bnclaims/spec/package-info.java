/**
 * Immutable run descriptions: what a training run computes, as records whose defaults are the
 * baseline, rendered to canonical JSON and named by SHA-256.
 *
 * <p>Everything that changes what a run computes belongs in a {@link org.bnclaims.spec.RunSpec};
 * the seed does not: a replicate is {@code (RunSpec, seed)}, so all seeds of one experiment share
 * one spec hash.
 */
package org.bnclaims.spec;
