package jielong.engine;

/**
 * Plain float64 versions of every op, written for clarity and nothing else: the independent
 * computation the engine's float32 kernels are checked against, and the function whose finite
 * differences check their gradients.
 */
public final class Reference {
    private Reference() {}

    public static double[] linear(double[] x, double[] w, double[] b, int m, int k, int n) {
        double[] y = new double[m * n];
        for (int i = 0; i < m; i++)
            for (int j = 0; j < n; j++) {
                double s = b == null ? 0 : b[j];
                for (int p = 0; p < k; p++) s += x[i * k + p] * w[p * n + j];
                y[i * n + j] = s;
            }
        return y;
    }

    public static double[] unembed(double[] x, double[] wte, int m, int c, int v) {
        double[] y = new double[m * v];
        for (int i = 0; i < m; i++)
            for (int j = 0; j < v; j++) {
                double s = 0;
                for (int p = 0; p < c; p++) s += x[i * c + p] * wte[j * c + p];
                y[i * v + j] = s;
            }
        return y;
    }

    public static double[] embed(double[] wte, double[] wpe, int[] idx, int t, int c) {
        double[] y = new double[idx.length * c];
        for (int r = 0; r < idx.length; r++)
            for (int i = 0; i < c; i++) y[r * c + i] = wte[idx[r] * c + i] + wpe[(r % t) * c + i];
        return y;
    }

    public static double[] layerNorm(double[] x, double[] g, double[] b, int m, int c) {
        double[] y = new double[m * c];
        for (int r = 0; r < m; r++) {
            double mu = 0, var = 0;
            for (int i = 0; i < c; i++) mu += x[r * c + i];
            mu /= c;
            for (int i = 0; i < c; i++) var += (x[r * c + i] - mu) * (x[r * c + i] - mu);
            var /= c;
            for (int i = 0; i < c; i++) y[r * c + i] = (x[r * c + i] - mu) / Math.sqrt(var + 1e-5) * g[i] + b[i];
        }
        return y;
    }

    public static double[] gelu(double[] x) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double v = x[i];
            y[i] = 0.5 * v * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (v + 0.044715 * v * v * v)));
        }
        return y;
    }

    public static double[] add(double[] a, double[] b) {
        double[] y = new double[a.length];
        for (int i = 0; i < a.length; i++) y[i] = a[i] + b[i];
        return y;
    }

    /** Causal attention, head by head, straight from the definition. */
    public static double[] attention(double[] qkv, int batch, int t, int heads, int c) {
        int hs = c / heads;
        double[] y = new double[batch * t * c];
        for (int b = 0; b < batch; b++)
            for (int h = 0; h < heads; h++)
                for (int i = 0; i < t; i++) {
                    double[] w = new double[i + 1];
                    double max = Double.NEGATIVE_INFINITY;
                    for (int j = 0; j <= i; j++) {
                        double s = 0;
                        for (int d = 0; d < hs; d++) {
                            s += qkv[(b * t + i) * 3 * c + h * hs + d] * qkv[(b * t + j) * 3 * c + c + h * hs + d];
                        }
                        w[j] = s / Math.sqrt(hs);
                        max = Math.max(max, w[j]);
                    }
                    double sum = 0;
                    for (int j = 0; j <= i; j++) sum += w[j] = Math.exp(w[j] - max);
                    for (int j = 0; j <= i; j++)
                        for (int d = 0; d < hs; d++) {
                            y[(b * t + i) * c + h * hs + d] += w[j] / sum * qkv[(b * t + j) * 3 * c + 2 * c + h * hs + d];
                        }
                }
        return y;
    }

    public static double crossEntropy(double[] logits, int[] targets, int v) {
        double total = 0;
        for (int r = 0; r < targets.length; r++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < v; j++) max = Math.max(max, logits[r * v + j]);
            double sum = 0;
            for (int j = 0; j < v; j++) sum += Math.exp(logits[r * v + j] - max);
            total += Math.log(sum) + max - logits[r * v + targets[r]];
        }
        return total / targets.length;
    }

    public static double[] toDouble(float[] a) {
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) d[i] = a[i];
        return d;
    }

    public static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }

    /**
     * Checks op against ref, a float64 computation of the same thing: the forward values, then the
     * gradient of Σ R·y for every input that takes one against central finite differences of ref
     * (R drawn by {@code randn}).
     */
    static void checkOp(String backend, java.util.List<Tensor> inputs, java.util.function.Function<java.util.List<Tensor>, Tensor> op,
                        java.util.function.Function<double[][], double[]> ref, java.util.function.IntFunction<float[]> randn) {
        Tensor y = op.apply(inputs);
        double[][] in = inputs.stream().map(t -> toDouble(t.data)).toArray(double[][]::new);
        double[] expected = ref.apply(in);
        org.junit.jupiter.api.Assertions.assertEquals(expected.length, y.size(), "output size");
        for (int i = 0; i < expected.length; i++) {
            org.junit.jupiter.api.Assertions.assertEquals(expected[i], y.data[i], 1e-4 + 1e-4 * Math.abs(expected[i]), "forward value " + i);
        }
        float[] r = randn.apply(y.size());
        y.backward(r);
        double[] rd = toDouble(r);
        for (int n = 0; n < inputs.size(); n++) {
            Tensor t = inputs.get(n);
            if (!t.requiresGrad) continue;
            for (int i = 0; i < t.size(); i++) {
                double keep = in[n][i], h = 1e-6;
                in[n][i] = keep + h;
                double up = dot(ref.apply(in), rd);
                in[n][i] = keep - h;
                double down = dot(ref.apply(in), rd);
                in[n][i] = keep;
                double numeric = (up - down) / (2 * h);
                org.junit.jupiter.api.Assertions.assertEquals(numeric, t.grad()[i], 2e-3 + 2e-3 * Math.abs(numeric),
                        "d/d input " + n + "[" + i + "] (" + backend + ")");
            }
        }
    }
}
