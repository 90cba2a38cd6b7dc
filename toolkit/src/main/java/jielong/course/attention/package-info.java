/**
 * Lesson 03 (notebook {@code 03-attention}), attention by hand: one layer's weights read out of the
 * trained poetry GPT ({@link jielong.course.attention.LayerWeights}), the attention of block 0
 * recomputed step by step and checked against the toolkit's ({@link
 * jielong.course.attention.HandAttention}), and every head's attention map ({@link
 * jielong.course.attention.AttentionMaps}).
 */
package jielong.course.attention;
