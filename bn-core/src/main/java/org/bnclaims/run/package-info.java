/**
 * Running specs: the executor, the content-addressed run cache, run results and their provenance.
 *
 * <p>A run directory is named by the spec hash and seed; it holds the spec, the result with its
 * provenance, and a completion marker written last and atomically. A directory without the marker
 * is redone, never read.
 */
package org.bnclaims.run;
