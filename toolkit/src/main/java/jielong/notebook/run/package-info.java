/**
 * Running notebooks without Jupyter ({@code ./jielong run}, and the build's check of every lesson in
 * fast mode): executes the cells in order, writes the executed notebook (nbformat 4) and a static
 * HTML page of it, and reports each cell's outcome. {@link jielong.notebook.run.NotebookProcess} runs
 * one in fast mode in a JVM of its own, for a lesson that needs another lesson's runs.
 */
package jielong.notebook.run;
