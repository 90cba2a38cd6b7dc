/**
 * Lesson 16, making a model small: a teacher and a student GPT trained on the Tang quatrains, the
 * student distilled from the teacher at several temperatures ({@link jielong.train.Distillation}),
 * the teacher quantized to int8 and int4 ({@link jielong.quant}), an outlier channel that breaks
 * per-tensor int8, and the speed of the quantized matrix-vector product measured here. Runs in
 * {@code runs/16-small-models/<fast|full>/}.
 */
package jielong.course.smallmodels;
