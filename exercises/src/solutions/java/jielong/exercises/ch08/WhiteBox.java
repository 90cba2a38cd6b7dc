package jielong.exercises.ch08;

/**
 * Exercises of notebook 08, from black box to white box (黑箱白盒化). Matrices are
 * {@code float[rows][cols]}; a residual stream row has C numbers, the vocabulary V tokens.
 */
public final class WhiteBox {
    private WhiteBox() {}

    /** Exercise 1: ln_f, then the tied head. */
    public static float[] lensLogits(float[] residual, float[] gain, float[] bias, float[][] wte) {
        int c = residual.length;
        double mean = 0, var = 0;
        for (float v : residual) mean += v;
        mean /= c;
        for (float v : residual) var += (v - mean) * (v - mean);
        var /= c;
        double inv = 1 / Math.sqrt(var + 1e-5);
        double[] h = new double[c];
        for (int j = 0; j < c; j++) h[j] = (residual[j] - mean) * inv * gain[j] + bias[j];
        float[] logits = new float[wte.length];
        for (int v = 0; v < wte.length; v++) {
            double s = 0;
            for (int j = 0; j < c; j++) s += h[j] * wte[v][j];
            logits[v] = (float) s;
        }
        return logits;
    }

    /** Exercise 2: weight on the token after each earlier occurrence of the current token. */
    public static double inductionScore(float[][] weights, int[] tokens) {
        double sum = 0;
        int counted = 0;
        for (int i = 1; i < tokens.length; i++) {
            double share = 0;
            boolean any = false;
            for (int j = 1; j < i; j++) {
                if (tokens[j - 1] == tokens[i]) {
                    share += weights[i][j];
                    any = true;
                }
            }
            if (any) {
                sum += share;
                counted++;
            }
        }
        return counted == 0 ? Double.NaN : sum / counted;
    }

    /** Exercise 3: gradient descent on the mean cross-entropy of a logistic model. */
    public static double[] fitProbe(float[][] x, int[] y, int steps, double learningRate) {
        int n = x.length, d = x[0].length;
        double[] w = new double[d + 1], grad = new double[d + 1];
        for (int s = 0; s < steps; s++) {
            java.util.Arrays.fill(grad, 0);
            for (int i = 0; i < n; i++) {
                double z = w[d];
                for (int j = 0; j < d; j++) z += w[j] * x[i][j];
                double g = (1 / (1 + Math.exp(-z)) - y[i]) / n; // ∂CE/∂z = σ(z) − y
                for (int j = 0; j < d; j++) grad[j] += g * x[i][j];
                grad[d] += g;
            }
            for (int j = 0; j <= d; j++) w[j] -= learningRate * grad[j];
        }
        return w;
    }

    /** Exercise 4: zero the head's columns, then c_proj. */
    public static float[][] withoutHead(float[][] heads, int headCount, int ablated, float[][] projWeight, float[] projBias) {
        int t = heads.length, c = heads[0].length, hs = c / headCount;
        float[][] out = new float[t][c];
        for (int i = 0; i < t; i++) {
            for (int k = 0; k < c; k++) {
                double s = projBias[k];
                for (int j = 0; j < c; j++) {
                    if (j / hs == ablated) continue;
                    s += heads[i][j] * projWeight[j][k];
                }
                out[i][k] = (float) s;
            }
        }
        return out;
    }
}
