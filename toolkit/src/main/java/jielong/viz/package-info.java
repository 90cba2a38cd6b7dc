/**
 * Charts for notebooks: line plots, bar plots, heatmaps, tornado charts and panels that share one
 * compute axis ({@link jielong.viz.Plot} is the entry point), rendered as images the notebook displays
 * and the runner saves.
 */
package jielong.viz;
