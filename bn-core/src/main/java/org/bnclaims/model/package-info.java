/**
 * The model zoo: every architecture the claims train (MLP, DeepOBS 3C3D and ALL-CNN-C, CIFAR
 * ResNet, a residual VGG-style net, document 004's small convnet), built with an ablatable
 * normalization placement and initialized from a seeded Java stream.
 *
 * <p>{@link org.bnclaims.model.Models#build} returns a {@link org.bnclaims.model.Network}: the DJL
 * block plus what the trainer and probes need to know about it (normalization layers, ReLU layers,
 * parameter groups). Layer lists, initializations and parameter counts follow {@code
 * docs/architectures.md}; the tests check the counts stated there.
 *
 * <p>The package knows no instrument: a probe watches a ReLU through the {@link
 * org.bnclaims.model.ReluLayer} hook and does its counting itself, so {@code probe} depends on
 * {@code model} and never the reverse.
 */
package org.bnclaims.model;
