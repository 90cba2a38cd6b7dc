package jielong.exercises.ch16;

/**
 * Exercises of notebook 16, making models small: quantize weights to int8 and int4, multiply by
 * int8 weights without dequantizing them first, and write the distillation loss.
 */
public final class SmallModels {
    private SmallModels() {}

    /**
     * Exercise 1: int8 absmax quantization of a whole vector, and back. The scale is s = max|w| / 127
     * (use s = 1 when every weight is 0); each code is q = round(w / s) (Math.round), which lies in
     * [−127, 127]; return the weights the codes stand for, s·q.
     */
    public static float[] int8RoundTrip(float[] w) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 16, exercise 1");
    }

    /**
     * Exercise 2: per-channel absmax quantization at {@code bits} bits (8 or 4) of a matrix
     * w[rows, cols] stored row-major, and back. Each column c has its own scale
     * s_c = max over its rows of |w| / (2^(bits−1) − 1) (1 when the column is all 0), codes
     * q = round(w / s_c), and the result holds s_c·q at every position.
     */
    public static float[] perChannelRoundTrip(float[] w, int rows, int cols, int bits) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 16, exercise 2");
    }

    /**
     * Exercise 3: y = x·W for W[rows, cols] given as int8 codes q (row-major) and one scale per
     * column: W[r][c] = scale[c]·q[r·cols + c]. Do not build W: add up x[r]·q[r][c] for each column,
     * then multiply the sum by scale[c] once, as the notebook's kernel does.
     */
    public static float[] int8MatVec(float[] x, byte[] codes, float[] scale, int rows, int cols) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 16, exercise 3");
    }

    /**
     * Exercise 4: the distillation loss of a student's logits {@code student[m][v]} against a
     * teacher's {@code teacher[m][v]} for M positions over V tokens, at temperature T: for each
     * position, p = softmax(teacher/T), q = softmax(student/T), KL = Σ_v p·(log p − log q); return
     * T² times the mean KL over positions, in nats. (Subtract each row's maximum before exp.)
     */
    public static double distillationLoss(float[][] student, float[][] teacher, double temperature) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 16, exercise 4");
    }
}
