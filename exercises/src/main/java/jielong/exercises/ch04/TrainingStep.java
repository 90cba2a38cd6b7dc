package jielong.exercises.ch04;

/**
 * Exercises of notebook 04, pre-training: the pieces of one training step, written by hand and
 * checked against the toolkit's trainer.
 */
public final class TrainingStep {
    private TrainingStep() {}

    /**
     * Exercise 1: mean cross-entropy in nats. Row r of logits scores every token as the next one and
     * targets[r] is the token that came; return the loss of the rows, averaged, as the notebook's
     * exercise 1 defines it. Logits of a few hundred must not overflow.
     */
    public static double crossEntropy(float[][] logits, int[] targets) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 04, exercise 1");
    }

    /**
     * Exercise 2: the learning-rate schedule at a step (counted from 1): a linear warm-up from 0 to
     * maxLr over the first {@code warmup} steps, then a cosine decay from maxLr to minLr that ends at
     * step {@code total}, and minLr after that.
     */
    public static double learningRate(int step, double maxLr, double minLr, int warmup, int total) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 04, exercise 2");
    }

    /**
     * Exercise 3: one AdamW update, in place, of a parameter array w from its gradient, as the
     * notebook's exercise 3 describes it. Step t counts from 1; m and v are the optimiser's running
     * averages of the gradient and of its square, kept between steps, and are updated in place too.
     */
    public static void adamW(float[] w, float[] grad, float[] m, float[] v, int t,
                             double lr, double beta1, double beta2, double eps, double weightDecay) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 04, exercise 3");
    }
}
