/**
 * The verdict of a claim and its JSON form: the contract between the claims, which write one file
 * per claim to {@code target/bn-verdicts/}, and the report renderer, which reads them. Field names
 * follow DESIGN.md section 11; charts carry data only, the renderer decides how they look.
 */
package org.bnclaims.verdict;
