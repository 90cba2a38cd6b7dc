/**
 * Lesson 01 (notebook {@code 01-anatomy}), what "large" means: published model sizes checked against
 * the count from their shapes ({@link jielong.course.anatomy.PublishedSize}), the count read off a
 * built model's arrays ({@link jielong.course.anatomy.CountedArrays}), and the lesson's tables of
 * parameters, neurons and memory ({@link jielong.course.anatomy.CountTables}). The accounting itself
 * is in {@link jielong.cost}.
 */
package jielong.course.anatomy;
