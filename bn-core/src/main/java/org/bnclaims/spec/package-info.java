/**
 * Immutable run descriptions: what a training run computes, as records whose defaults are the
 * baseline, rendered to canonical JSON and named by SHA-256.
 *
 * <p>Everything that changes what a run computes belongs in a {@link org.bnclaims.spec.RunSpec};
 * the seed does not: a replicate is {@code (RunSpec, seed)}, so all seeds of one experiment share
 * one spec hash.
 *
 * <p>Each record checks its fields in its constructor and names the field, the value and what is
 * allowed when it refuses one, so a bad spec fails where a claim writes it, before anything is
 * hashed, cached or trained. Knobs with a fixed set of values are enums; those that were strings
 * once are written as the same strings (see {@link org.bnclaims.spec.Keyed}), so hashes did not
 * change when they became enums.
 */
package org.bnclaims.spec;
