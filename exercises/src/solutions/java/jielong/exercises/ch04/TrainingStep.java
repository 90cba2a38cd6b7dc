package jielong.exercises.ch04;

/** Reference solutions of notebook 04's exercises. */
public final class TrainingStep {
    private TrainingStep() {}

    public static double crossEntropy(float[][] logits, int[] targets) {
        double total = 0;
        for (int r = 0; r < logits.length; r++) {
            double max = Double.NEGATIVE_INFINITY, sum = 0;
            for (float x : logits[r]) max = Math.max(max, x);
            for (float x : logits[r]) sum += Math.exp(x - max);
            total += max + Math.log(sum) - logits[r][targets[r]];
        }
        return total / logits.length;
    }

    public static double learningRate(int step, double maxLr, double minLr, int warmup, int total) {
        if (step <= warmup) return maxLr * step / Math.max(1, warmup);
        double progress = Math.min(1.0, (double) (step - warmup) / Math.max(1, total - warmup));
        return minLr + 0.5 * (1 + Math.cos(Math.PI * progress)) * (maxLr - minLr);
    }

    public static void adamW(float[] w, float[] grad, float[] m, float[] v, int t,
                             double lr, double beta1, double beta2, double eps, double weightDecay) {
        for (int i = 0; i < w.length; i++) {
            m[i] = (float) (beta1 * m[i] + (1 - beta1) * grad[i]);
            v[i] = (float) (beta2 * v[i] + (1 - beta2) * grad[i] * grad[i]);
            double mHat = m[i] / (1 - Math.pow(beta1, t)), vHat = v[i] / (1 - Math.pow(beta2, t));
            w[i] -= (float) (lr * (mHat / (Math.sqrt(vHat) + eps) + weightDecay * w[i]));
        }
    }
}
