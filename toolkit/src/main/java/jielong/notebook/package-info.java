/**
 * What a lesson notebook calls besides the library: fast or full mode ({@link
 * jielong.notebook.Lesson}), live progress bars and loss curves, display of tables and charts, and
 * units for people. Sub-packages hold the Java notebook machinery: {@code eval} (running cells),
 * {@code display} (rich output), {@code kernel} (the Jupyter kernel) and {@code run} (running
 * notebooks without Jupyter).
 */
package jielong.notebook;
