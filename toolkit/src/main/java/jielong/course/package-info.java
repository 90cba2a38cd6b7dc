/**
 * The course layer: one package per lesson that needs code of its own ({@code jielong.course.<lesson>}),
 * the models several lessons share ({@link jielong.course.models}), and {@link jielong.course.Runs},
 * the one rule for where every lesson and command writes ({@code runs/<lesson>/<fast|full>/}).
 * Everything here builds on the general library ({@code jielong.engine}, {@code model}, {@code train},
 * {@code experiment}, {@code fit}, {@code cost}, ...), which never depends on a lesson.
 */
package jielong.course;
