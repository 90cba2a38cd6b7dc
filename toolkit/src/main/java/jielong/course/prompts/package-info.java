/**
 * Lesson 11, prompts (提示词): the question-answering GPT ({@link jielong.course.models.QaGpt}) called
 * through {@link jielong.api.CompletionModel}; few-shot prompts for a letter cipher the model can only
 * learn from its prompt ({@link jielong.course.prompts.FewShot}), and the same questions asked in the
 * training format and in paraphrases ({@link jielong.course.prompts.Formats}).
 */
package jielong.course.prompts;
