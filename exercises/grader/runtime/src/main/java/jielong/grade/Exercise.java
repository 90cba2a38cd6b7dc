package jielong.grade;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class of graded tests as the tests of one exercise. The chapter is the package's last
 * name ({@code jielong.exercises.ch03}), so exercise 2 there is graded as {@code ch03.2}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Exercise {
    /** The exercise's number in its notebook, from 1. */
    int value();

    /** A few words naming the exercise, shown in the grade table. */
    String title();
}
