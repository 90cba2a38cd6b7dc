/**
 * Lesson 17, chain of thought (思维链): word problems of the essay's family (time, speed, distance,
 * minutes to hours) and multi-digit sums, each written two ways, answer only and steps then answer
 * ({@link jielong.course.reasoning.Format}); the same GPT trained on each with the loss on what
 * follows the question; and a greedy solver that scores the final answer
 * ({@link jielong.course.reasoning.Solver}). {@link jielong.course.reasoning.Worked} and the formats
 * are written for reuse: lesson 18 fine-tunes on the same examples.
 */
package jielong.course.reasoning;
