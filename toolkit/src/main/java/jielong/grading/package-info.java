/**
 * Starting the grader from the toolkit: {@code ./jielong grade} and a notebook's
 * {@code Grade.check("ch03")} both run the grader (module {@code exercises/grader}) as a JVM of its
 * own, with its own class path, so none of the grader's classes or libraries enter the learner's session.
 */
package jielong.grading;
