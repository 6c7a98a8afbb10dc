/**
 * The training loop: the one entry point {@code (RunSpec, seed, run directory) -> RunResult}, its
 * optimizers and its evaluation. After training it runs the spec's probes on each seed's network;
 * the instruments themselves are in {@code org.bnclaims.probe}.
 *
 * <p>This is the hot path. It bypasses DJL's {@code EasyTrain}/{@code Trainer} for two reasons:
 * DJL's PyTorch gradient collector is a JVM-wide singleton, so two runs could not train in parallel
 * threads, and the generic trainer spends most of a small step on bookkeeping. Here a step is the
 * forward pass, one fused loss, one backward call and one fused update per parameter; metrics are
 * computed in Java from the logits, which also detects divergence at no extra cost.
 */
package org.bnclaims.train;
