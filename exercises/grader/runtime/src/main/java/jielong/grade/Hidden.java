package jielong.grade;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class of graded tests that learners do not see (nbgrader's hidden tests): teachers keep
 * them in {@code src/hidden/java}. Reports count their points but withhold their messages.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Hidden {
}
