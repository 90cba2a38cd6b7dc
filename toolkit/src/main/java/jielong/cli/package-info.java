/**
 * The {@code ./jielong} command line: one picocli command per task (demo, train, sample, sweep, run,
 * lab, grade, datasets, bench, export, ...). Its default folders follow {@link jielong.course.Runs}:
 * {@code runs/<command>/} for its own runs, a lesson's folder where it runs a lesson's work.
 */
package jielong.cli;
