/**
 * Rich output of notebook cells: turning a value (a table, a chart, HTML, text) into the MIME bundle
 * Jupyter shows, and the sinks that send it to Jupyter or the console.
 */
package jielong.notebook.display;
