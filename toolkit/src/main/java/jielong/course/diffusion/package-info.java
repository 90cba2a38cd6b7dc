/**
 * Lesson 10 (notebook {@code 10-diffusion}): a denoising diffusion model trained on the dragon curve
 * (龙) in the plane. {@link jielong.course.diffusion.DiffusionLesson} holds the lesson's data, model
 * size and training lengths; {@link jielong.course.diffusion.DiffusionRun} trains a model or loads
 * the finished one from {@code runs/10-diffusion/<fast|full>/}, with the sample-to-data distance
 * measured along the way; {@link jielong.course.diffusion.DiffusionTables} and {@link
 * jielong.course.diffusion.DiffusionPlots} show the results. The general parts are in {@link
 * jielong.diffusion} (schedule, forward and reverse processes, the denoiser) and {@link jielong.viz}
 * ({@link jielong.viz.PointFrames}, {@link jielong.viz.AnimatedGif}).
 *
 * <p>References: Ho, Jain and Abbeel 2020, "Denoising Diffusion Probabilistic Models"; the sizes follow
 * tiny-diffusion's 2-D model (T = 50, linear β from 1e-4 to 0.02, 3 blocks of width 128).
 */
package jielong.course.diffusion;
