/**
 * The published findings as claims: one top-level {@code @Claim} class per claim id, named after
 * the id, plus package-private settings classes shared by the claims of one source document so that
 * their specs stay byte-identical and the run cache trains shared runs once.
 */
package org.bnclaims.claims;
