/**
 * Ablatable normalization layers: BatchNorm whose gamma and beta can each be absent (the thesis
 * variants of document 002), with explicit epsilon, momentum and test-time statistics, plus
 * LayerNorm and GroupNorm for comparison.
 *
 * <p>We use our own blocks rather than DJL's {@code BatchNorm} because a fixed gamma or beta must
 * not exist as a parameter at all: then it can never change, never receive a gradient, and never
 * show up in an optimizer or weight-decay group. {@link org.bnclaims.norm.Norms} is the factory;
 * {@link org.bnclaims.norm.NormLayer} is what the model zoo and the probes see.
 */
package org.bnclaims.norm;
