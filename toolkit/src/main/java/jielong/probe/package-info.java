/**
 * Tools for reading what a trained model computes: the logit lens (the output head on every
 * layer's residual stream), linear probes (logistic regression on hidden states), and scores that
 * say what an attention head does (previous-token, induction). They work on activations that
 * {@link jielong.model.Trace} records.
 */
package jielong.probe;
