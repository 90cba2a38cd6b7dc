/**
 * Lesson 07 (notebook {@code 07-emergence}): abilities that seem to appear suddenly with scale.
 * {@link jielong.course.emergence.AdditionTask} writes sums for a GPT, {@link
 * jielong.course.emergence.AdditionEval} scores its answers four ways, {@link
 * jielong.course.emergence.AdditionFamily} trains a family of widths as one resumable sweep;
 * {@link jielong.course.emergence.Grokking} trains a small model on (a + b) mod p that generalises
 * long after it has memorised, and {@link jielong.course.emergence.Spectrum} shows what its number
 * embeddings learnt. {@link jielong.experiment.CurveRun} is the resumable, measured run both
 * parts use; {@link jielong.course.emergence.EmergenceLesson} holds the settings of both modes and
 * {@link jielong.course.emergence.EmergencePlots} the charts. General parts live elsewhere: the
 * metrics in {@link jielong.experiment.AnswerMetrics}, the model in {@link jielong.model.EmbeddingMlp}.
 *
 * <p>References: Wei et al. 2022, "Emergent Abilities of Large Language Models"; Schaeffer et al.
 * 2023, "Are Emergent Abilities of Large Language Models a Mirage?"; Power et al. 2022, "Grokking";
 * Nanda et al. 2023, "Progress measures for grokking via mechanistic interpretability".
 */
package jielong.course.emergence;
