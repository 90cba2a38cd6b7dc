package jielong.course.emergence;

import jielong.engine.Tensor;

/**
 * The Fourier spectrum of number embeddings: how much of the embedding matrix E[a, c] (a row per
 * number 0 to p−1) is waves cos(2πka/p) and sin(2πka/p) of each frequency k. Random embeddings
 * spread their power over every frequency; a model that has grokked a + b mod p puts most of it
 * on a few, the frequencies its trigonometric algorithm uses (Nanda et al. 2023).
 */
public final class Spectrum {
    private Spectrum() {}

    /**
     * Share of the embeddings' power (squared Fourier magnitude, summed over columns) at each
     * frequency k = 1 ... (p−1)/2, the constant part (k = 0) left out; the shares add up to 1.
     * Frequencies k and p − k are the same wave, so each k holds both.
     */
    public static double[] power(Tensor embeddings) {
        if (embeddings.shape.length != 2) throw new IllegalArgumentException("give the embedding matrix [p, width], got " + embeddings.shape.length + " dimensions");
        int p = embeddings.rows(), w = embeddings.cols();
        if (p < 3) throw new IllegalArgumentException("need at least 3 numbers to take a spectrum, got " + p);
        float[] e = embeddings.host().data;
        double[] power = new double[(p - 1) / 2];
        double total = 0;
        for (int k = 1; k <= power.length; k++) {
            double sum = 0;
            for (int c = 0; c < w; c++) {
                double re = 0, im = 0;
                for (int a = 0; a < p; a++) {
                    double angle = 2 * Math.PI * k * a / p;
                    re += e[a * w + c] * Math.cos(angle);
                    im -= e[a * w + c] * Math.sin(angle);
                }
                sum += re * re + im * im;
            }
            power[k - 1] = sum;
            total += sum;
        }
        for (int k = 0; k < power.length; k++) power[k] = total == 0 ? 0 : power[k] / total;
        return power;
    }

    /** Share of the power on the {@code n} strongest frequencies. */
    public static double topShare(double[] power, int n) {
        double[] sorted = power.clone();
        java.util.Arrays.sort(sorted);
        double s = 0;
        for (int i = 0; i < Math.min(n, sorted.length); i++) s += sorted[sorted.length - 1 - i];
        return s;
    }

    /** The n strongest frequencies, strongest first (k from 1). */
    public static int[] strongest(double[] power, int n) {
        Integer[] order = new Integer[power.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        java.util.Arrays.sort(order, (a, b) -> Double.compare(power[b], power[a]));
        int[] out = new int[Math.min(n, order.length)];
        for (int i = 0; i < out.length; i++) out[i] = order[i] + 1;
        return out;
    }
}
