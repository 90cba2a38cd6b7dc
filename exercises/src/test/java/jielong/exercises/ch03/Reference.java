package jielong.exercises.ch03;

import java.util.Random;

import jielong.engine.Ops;
import jielong.engine.Tensor;

/** Expected values: in double precision written out here, or from the toolkit's own attention. */
final class Reference {
    private Reference() {}

    static float[][] random(Random rng, int rows, int cols) {
        float[][] m = new float[rows][cols];
        for (float[] row : m) for (int j = 0; j < cols; j++) row[j] = (float) rng.nextGaussian();
        return m;
    }

    static float[][] scores(float[][] q, float[][] k) {
        float[][] s = new float[q.length][k.length];
        for (int i = 0; i < q.length; i++) {
            for (int j = 0; j < k.length; j++) {
                double dot = 0;
                for (int x = 0; x < q[i].length; x++) dot += (double) q[i][x] * k[j][x];
                s[i][j] = (float) (dot / Math.sqrt(q[0].length));
            }
        }
        return s;
    }

    /** The toolkit's causal multi-head attention on one sequence, as rows. */
    static float[][] toolkit(float[][] qkv, int heads) {
        int t = qkv.length, width = qkv[0].length;
        float[] flat = new float[t * width];
        for (int i = 0; i < t; i++) System.arraycopy(qkv[i], 0, flat, i * width, width);
        Tensor y = Ops.attention(Tensor.of(flat, t, width), 1, t, heads).y();
        float[][] out = new float[t][width / 3];
        for (int i = 0; i < t; i++) System.arraycopy(y.data, i * (width / 3), out[i], 0, width / 3);
        return out;
    }
}
