/**
 * The CI gate: decides from the verdicts (and, for {@code failOn=regression}, a committed baseline
 * of verdicts) whether the build fails, and says why. Pure and Maven-free like the renderer, so
 * every mode is tested without a build; the mojo only maps the result to a build failure.
 */
package org.bnclaims.gate;
