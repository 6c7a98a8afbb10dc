package org.bnclaims.verdict;

import java.util.List;

/**
 * One line or bar group of a chart: a value per x, with an optional band (seed spread or CI).
 *
 * @param name legend entry
 * @param x x values (epochs, batch sizes, category indices)
 * @param y mean values
 * @param lo lower band edge per x, or empty
 * @param hi upper band edge per x, or empty
 */
public record Series(
    String name, List<Double> x, List<Double> y, List<Double> lo, List<Double> hi) {}
