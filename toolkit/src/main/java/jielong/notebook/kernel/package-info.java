/**
 * The Jupyter kernel that runs the course's Java notebooks: its kernel spec, the connection to
 * Jupyter, and the class archive that lets later cells see classes defined in earlier ones.
 */
package jielong.notebook.kernel;
