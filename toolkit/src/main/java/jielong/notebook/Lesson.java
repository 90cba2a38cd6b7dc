package jielong.notebook;

/**
 * Facts about the current run of a lesson notebook. Fast mode ({@code JIELONG_FAST=1}, or the runner's
 * {@code --fast}) asks notebooks to shrink models and steps so the whole course runs in minutes.
 */
public final class Lesson {

    /** The system property the runner sets for {@code --fast}: a running JVM cannot change its environment. */
    public static final String FAST_PROPERTY = "jielong.fast";

    private Lesson() {
    }

    /** True when the environment variable {@code JIELONG_FAST} is {@code 1} (or the runner's {@code --fast}). */
    public static boolean fast() {
        return "1".equals(System.getenv("JIELONG_FAST")) || "1".equals(System.getProperty(FAST_PROPERTY));
    }

    /** {@code full} normally, {@code small} in fast mode: {@code int steps = Lesson.pick(2000, 20);}. */
    public static int pick(int full, int small) {
        return fast() ? small : full;
    }
}
