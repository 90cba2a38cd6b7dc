package jielong.train;

import java.util.Random;

import jielong.engine.Ops;
import jielong.engine.Tensor;
import jielong.model.Gpt;

/**
 * Knowledge distillation (Hinton, Vinyals and Dean 2015): a student learns from a teacher's whole
 * distribution over the next token, softened at temperature T, instead of from the one token the
 * data holds. The loss is α·T²·KL(softmax(z_t/T) ‖ softmax(z_s/T)) + (1 − α)·CE(z_s, data), in nats
 * per token; the T² keeps the soft part's gradients the same size as T changes (they shrink as 1/T²).
 */
public final class Distillation {
    private Distillation() {}

    /**
     * The distillation loss of student logits [M, V] against teacher logits [M, V] (a constant: no
     * gradient flows into the teacher) and the data's next tokens (used with weight 1 − α).
     */
    public static Tensor loss(Tensor studentLogits, Tensor teacherLogits, int[] targets, float temperature, float alpha) {
        checkOptions(temperature, alpha);
        if (!java.util.Arrays.equals(studentLogits.shape, teacherLogits.shape)) {
            throw new IllegalArgumentException("distillation: student logits " + java.util.Arrays.toString(studentLogits.shape) + " and teacher logits "
                    + java.util.Arrays.toString(teacherLogits.shape) + " differ; the two models need the same vocabulary and the same batch");
        }
        Tensor teacher = Tensor.of(teacherLogits.host().data.clone(), teacherLogits.shape);
        Tensor soft = Ops.scale(Ops.klDivergence(Ops.scale(teacher, 1f / temperature), Ops.scale(studentLogits, 1f / temperature)),
                temperature * temperature);
        if (alpha == 1f) return soft;
        Tensor hard = Ops.crossEntropy(studentLogits, targets);
        return Ops.add(Ops.scale(soft, alpha), Ops.scale(hard, 1f - alpha));
    }

    /** The objective on windows of a token stream: the teacher reads the same windows, in evaluation mode. */
    public static Objective<TokenData.Batch> onWindows(Gpt student, Gpt teacher, float temperature, float alpha) {
        checkOptions(temperature, alpha);
        if (student.config.vocabSize() != teacher.config.vocabSize()) {
            throw new IllegalArgumentException("distillation: the student has " + student.config.vocabSize() + " tokens and the teacher "
                    + teacher.config.vocabSize() + "; both must use the same tokenizer");
        }
        return (b, dropoutRng) -> {
            Tensor t;
            try (Tensor.NoGrad g = Tensor.noGrad()) {
                t = teacher.forward(b.x(), b.t());
            }
            return loss(student.forward(b.x(), b.t(), student.config.dropout() > 0 ? dropoutRng : null), t, b.y(), temperature, alpha);
        };
    }

    private static void checkOptions(float temperature, float alpha) {
        if (!(temperature > 0) || Float.isInfinite(temperature)) {
            throw new IllegalArgumentException("distillation temperature must be a positive number (1, 2, 4, ...), got " + temperature);
        }
        if (!(alpha >= 0 && alpha <= 1)) {
            throw new IllegalArgumentException("distillation weight alpha must be between 0 (data only) and 1 (teacher only), got " + alpha);
        }
    }
}
