package jielong.grade.report;

/**
 * One graded test as the grader found it.
 *
 * @param id       the JUnit method, {@code class#method}: unique, and how the test is selected again
 * @param chapter  the chapter, such as {@code ch03}
 * @param exercise the exercise number within the chapter
 * @param title    the exercise's title
 * @param name     the test method's name, which says what it checks
 * @param points   what passing it earns
 * @param hidden   whether learners do not see this test
 */
public record GradedTest(String id, String chapter, int exercise, String title, String name, int points, boolean hidden) {

    /** The exercise as learners and the command line name it: {@code ch03.2}. */
    public String exerciseId() {
        return chapter + "." + exercise;
    }

    /** Whether a command-line selection (all, a chapter, or an exercise) includes this test. */
    public boolean isSelectedBy(String selection) {
        return selection.equals("all") || selection.equals(chapter) || selection.equals(exerciseId());
    }
}
