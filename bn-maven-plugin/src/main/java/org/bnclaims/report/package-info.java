/**
 * The verdict report: a pure function from a {@link org.bnclaims.verdict.VerdictReport} to files
 * ({@code index.html}, {@code verdicts.json}, JUnit XML). It has no Maven or JUnit dependency so it
 * can be tested on fixed verdict files and reused outside the build. The page is self-contained
 * (inline CSS, charts as inline SVG drawn by JFreeChart through JFreeSVG) so it can be read offline
 * and shared as one file; every string that comes from a verdict passes through one escaper. The
 * folder is replaced as a whole or not at all, and every refusal names the verdict file, the claim
 * and the field.
 */
package org.bnclaims.report;
