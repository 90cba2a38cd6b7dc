/**
 * Lesson 08, from black box to white box (黑箱白盒化): the poetry GPT's weights laid open, what
 * each head is for, the logit lens, probes against controls, a nameable neuron, and induction heads
 * in an attention-only transformer trained on repeated random tokens. Runs in
 * {@code runs/08-white-box/<fast|full>/}.
 */
package jielong.course.whitebox;
