/**
 * Evaluating notebook cells as Java: splitting a cell into snippets, the imports every lesson starts
 * with ({@link jielong.notebook.eval.Prelude}), magics such as {@code %classpath}, and errors shown as
 * short tracebacks pointing at the cell's own lines.
 */
package jielong.notebook.eval;
