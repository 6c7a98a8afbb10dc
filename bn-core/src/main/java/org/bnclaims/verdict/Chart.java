package org.bnclaims.verdict;

import java.util.List;

/**
 * Data for one figure in the report. The renderer draws it according to {@code type}:
 *
 * <ul>
 *   <li>{@code line}: series over a numeric x with bands (training curves per variant);
 *   <li>{@code bar}: one bar per category (from {@code categories}) per series, with error bars
 *       from lo/hi (dead units, gain per batch size);
 *   <li>{@code heatmap}: {@code matrix} rows are steps, columns are channels (gamma/beta
 *       trajectories, centred on {@code center});
 *   <li>{@code images}: a grid of {@code pictures}.
 * </ul>
 *
 * @param type one of the above
 * @param title caption
 * @param xLabel x axis label
 * @param yLabel y axis label
 * @param logX whether x is drawn on a log2 axis
 * @param categories bar categories
 * @param series lines or bar groups
 * @param matrix heatmap values
 * @param center heatmap neutral value (1 for gamma, 0 for beta)
 * @param pictures image grid
 */
public record Chart(
    String type,
    String title,
    String xLabel,
    String yLabel,
    boolean logX,
    List<String> categories,
    List<Series> series,
    double[][] matrix,
    double center,
    List<Picture> pictures) {}
