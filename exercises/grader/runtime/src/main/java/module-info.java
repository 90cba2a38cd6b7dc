/**
 * The grader's side of the grading JVM. {@code jielong.grade} is exported: graded tests use
 * {@code Case}, {@code @Exercise}, {@code @Points} and {@code @Hidden}. {@code jielong.grade.runtime},
 * which holds the test runner and its connection to the supervisor, is neither exported nor opened,
 * so learner code cannot reach it by reflection (strong encapsulation, JEP 403).
 */
module jielong.grade {
    requires org.junit.platform.launcher;
    exports jielong.grade;
}
