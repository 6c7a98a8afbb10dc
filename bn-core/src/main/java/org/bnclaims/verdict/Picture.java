package org.bnclaims.verdict;

/**
 * A small image for the report: a first-layer weight filter or a class visualization.
 *
 * @param label what it shows (a unit index or a class name)
 * @param width pixels per row
 * @param height rows
 * @param channels 1 (grey) or 3 (RGB, channel-major)
 * @param pixels values scaled to [0, 1], channel-major then row-major
 */
public record Picture(String label, int width, int height, int channels, double[] pixels) {}
