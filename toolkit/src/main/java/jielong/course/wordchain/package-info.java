/**
 * Lesson 02 (notebook {@code 02-word-chain}), next-token prediction as a word chain (接龙): a bigram
 * model counted from text ({@link jielong.course.wordchain.BigramModel}, a {@link jielong.lm.LanguageModel}
 * like the GPT), the next-token distribution
 * of the poetry GPT under each sampling rule ({@link jielong.course.wordchain.NextToken}, {@link
 * jielong.course.wordchain.SamplingComparison}), and how varied the samples are ({@link
 * jielong.course.wordchain.Diversity}).
 */
package jielong.course.wordchain;
