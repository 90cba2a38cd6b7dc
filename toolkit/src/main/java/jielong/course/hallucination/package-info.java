/**
 * Lesson 09 (notebook {@code 09-hallucination}): a small GPT trained on the fact world's biographies
 * and the questions that show what it cannot know. {@link jielong.course.hallucination.HallucinationLesson}
 * holds the corpus, shape and run ({@code runs/09-hallucination/<fast|full>/}); {@link
 * jielong.course.hallucination.FactTokenizer} makes every answer one token; {@link
 * jielong.course.hallucination.Quiz} asks each fact as a sentence to finish ({@link
 * jielong.course.hallucination.Cloze}) and keeps each {@link jielong.course.hallucination.Answer};
 * {@link jielong.course.hallucination.BiasProbe} and {@link jielong.course.hallucination.Sources}
 * measure bias and look answers up; the tables and plots show them. Calibration itself (ECE,
 * temperature scaling, abstention, Good-Turing) is general and lives in {@link jielong.calibration}.
 *
 * <p>References: Kalai and Vempala 2023, "Calibrated Language Models Must Hallucinate"; Guo et al.
 * 2017, "On Calibration of Modern Neural Networks".
 */
package jielong.course.hallucination;
