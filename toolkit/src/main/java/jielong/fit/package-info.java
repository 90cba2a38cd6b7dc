/**
 * Fitting laws to measurements: a power law with a floor ({@link jielong.fit.PowerLaw}), the
 * Chinchilla law of parameters and tokens with its compute-optimal split ({@link
 * jielong.fit.ChinchillaLaw}, {@link jielong.fit.ComputeOptimal}), the Nelder-Mead simplex search
 * they minimise with ({@link jielong.fit.NelderMead}), and bootstrap confidence intervals for any fit
 * ({@link jielong.fit.Bootstrap}). Plain {@code double[]} in, numbers out: no model or lesson involved.
 */
package jielong.fit;
