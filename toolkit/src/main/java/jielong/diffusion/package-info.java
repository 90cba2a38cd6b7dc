/**
 * Denoising diffusion (Ho et al. 2020, DDPM) for any data given as points in d dimensions: the noise
 * schedule ({@link jielong.diffusion.NoiseSchedule}), the forward process that adds noise step by step
 * or in one closed-form jump ({@link jielong.diffusion.ForwardProcess}), the reverse process that
 * samples by removing predicted noise ({@link jielong.diffusion.ReverseProcess}), a denoising MLP with
 * sinusoidal embeddings ({@link jielong.diffusion.DenoisingMlp}), its training batches and loss
 * ({@link jielong.diffusion.Denoising}), and distances between a sample and the data
 * ({@link jielong.diffusion.SampleDistance}).
 *
 * <p>Steps are numbered as in the paper: x_0 is the data, x_T (nearly) pure noise, t = 1..T.
 * Points are flat float arrays, point i's coordinates at {@code [i·d, (i+1)·d)}.
 *
 * <p>References: Sohl-Dickstein et al. 2015, "Deep Unsupervised Learning using Nonequilibrium
 * Thermodynamics"; Ho, Jain and Abbeel 2020, "Denoising Diffusion Probabilistic Models".
 */
package jielong.diffusion;
