/**
 * Lesson 19 (notebook {@code 19-model-collapse}): model collapse measured. {@link
 * jielong.course.collapse.GaussianCollapse} runs the Gaussian refitted to its own samples over many
 * seeds; {@link jielong.course.collapse.Poems} cuts the Tang quatrains into real training and
 * held-out poems; {@link jielong.course.collapse.PoemModels} gives the generational loop an n-gram
 * model and a tiny GPT that write poems, and measures each generation (loss on real held-out
 * poems, distinct n-grams, the rare characters' mass); {@link jielong.course.collapse.CollapseRuns}
 * saves each run under {@code runs/19-model-collapse/<fast|full>/} so a rerun loads it; {@link
 * jielong.course.collapse.CollapsePlots} draws them. The loop itself, the regimes and the measures
 * are general and live in {@link jielong.synthetic}.
 *
 * <p>References: Shumailov et al. 2024, "AI models collapse when trained on recursively generated
 * data" (Nature); Gerstgrasser et al. 2024, "Is Model Collapse Inevitable?"; Alemohammad et al.
 * 2023, "Self-Consuming Generative Models Go MAD".
 */
package jielong.course.collapse;
