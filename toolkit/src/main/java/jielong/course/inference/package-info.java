/**
 * Lesson 15, inference cost: the essay's ChatGPT figures checked and reproduced with the serving
 * calculator of {@link jielong.cost}, and this machine's own decoding measured: with and without
 * the KV cache against context length, tokens per second against model bytes beside the measured
 * memory bandwidth, and the KV cache's bytes against context.
 */
package jielong.course.inference;
