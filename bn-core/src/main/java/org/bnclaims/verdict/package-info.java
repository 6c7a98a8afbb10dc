/**
 * The verdict of a claim and its JSON form: the contract between the claims, which write one file
 * per claim to {@code target/bn-verdicts/}, and the report renderer, which reads them. Field names
 * follow DESIGN.md section 11; charts carry data only, the renderer decides how they look.
 *
 * <p>The package depends on nothing else in bn-core: even {@link org.bnclaims.verdict.Picture},
 * which the probes draw, is defined here because charts carry it to the renderer.
 */
package org.bnclaims.verdict;
