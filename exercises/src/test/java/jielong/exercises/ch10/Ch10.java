package jielong.exercises.ch10;

/** The only place where chapter 10's graded tests meet the learner's code (inputs are copied). */
final class Ch10 {
    private Ch10() {}

    static double[] alphaBars(double[] betas) {
        return Diffusion.alphaBars(betas.clone());
    }

    static double[] noisyInOneJump(double[] x0, double alphaBar, double[] eps) {
        return Diffusion.noisyInOneJump(x0.clone(), alphaBar, eps.clone());
    }

    static double[] reverseStep(double[] xt, double[] epsHat, double beta, double alphaBar, double alphaBarPrevious, double[] z) {
        return Diffusion.reverseStep(xt.clone(), epsHat.clone(), beta, alphaBar, alphaBarPrevious, z.clone());
    }

    /** The predictor is called with a copy of the learner's x_t, and its answer is copied back. */
    static double[] sample(double[] start, double[] betas, java.util.function.BiFunction<double[], Integer, double[]> predictor, double[][] noises) {
        double[][] copies = new double[noises.length][];
        for (int i = 0; i < noises.length; i++) copies[i] = noises[i] == null ? null : noises[i].clone();
        return Diffusion.sample(start.clone(), betas.clone(), (x, t) -> predictor.apply(x.clone(), t).clone(), copies);
    }
}
