/**
 * Training on what models wrote (synthetic data) and what it does over generations: a loop that
 * fits a model, samples from it and fits the next one on the samples ({@link
 * jielong.synthetic.Generations}, for any fit and sample pair), the three ways of choosing each
 * generation's data ({@link jielong.synthetic.DataRegime}: replace, accumulate, keep some real
 * data), the simplest model there is ({@link jielong.synthetic.Gaussian}), and the measures that
 * show a collapse ({@link jielong.synthetic.Diversity} distinct n-grams, {@link
 * jielong.synthetic.TailMass} the mass of rare tokens). Nothing here knows a lesson's data.
 */
package jielong.synthetic;
