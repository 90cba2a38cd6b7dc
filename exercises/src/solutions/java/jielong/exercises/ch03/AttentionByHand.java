package jielong.exercises.ch03;

/** Reference solutions of notebook 03's exercises. */
public final class AttentionByHand {
    private AttentionByHand() {}

    public static float[][] scores(float[][] q, float[][] k) {
        int t = q.length, d = q[0].length;
        double scale = 1 / Math.sqrt(d);
        float[][] s = new float[t][k.length];
        for (int i = 0; i < t; i++) {
            for (int j = 0; j < k.length; j++) {
                double dot = 0;
                for (int x = 0; x < d; x++) dot += q[i][x] * k[j][x];
                s[i][j] = (float) (dot * scale);
            }
        }
        return s;
    }

    public static float[][] causalSoftmax(float[][] scores) {
        int t = scores.length;
        float[][] p = new float[t][t];
        for (int i = 0; i < t; i++) {
            double max = Double.NEGATIVE_INFINITY, sum = 0;
            for (int j = 0; j <= i; j++) max = Math.max(max, scores[i][j]);
            double[] e = new double[i + 1];
            for (int j = 0; j <= i; j++) sum += e[j] = Math.exp(scores[i][j] - max);
            for (int j = 0; j <= i; j++) p[i][j] = (float) (e[j] / sum); // later positions stay 0
        }
        return p;
    }

    public static float[][] head(float[][] q, float[][] k, float[][] v) {
        float[][] w = causalSoftmax(scores(q, k));
        int t = w.length, d = v[0].length;
        float[][] out = new float[t][d];
        for (int i = 0; i < t; i++) {
            for (int j = 0; j < t; j++) {
                for (int x = 0; x < d; x++) out[i][x] += w[i][j] * v[j][x];
            }
        }
        return out;
    }

    public static float[][] multiHead(float[][] qkv, int heads) {
        int t = qkv.length, c = qkv[0].length / 3, hs = c / heads;
        float[][] y = new float[t][c];
        for (int h = 0; h < heads; h++) {
            float[][] out = head(columns(qkv, h * hs, hs), columns(qkv, c + h * hs, hs), columns(qkv, 2 * c + h * hs, hs));
            for (int i = 0; i < t; i++) System.arraycopy(out[i], 0, y[i], h * hs, hs);
        }
        return y;
    }

    /** The columns from..from+width-1 of every row. */
    private static float[][] columns(float[][] m, int from, int width) {
        float[][] out = new float[m.length][width];
        for (int i = 0; i < m.length; i++) System.arraycopy(m[i], from, out[i], 0, width);
        return out;
    }
}
