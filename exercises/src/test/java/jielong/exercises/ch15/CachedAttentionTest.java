package jielong.exercises.ch15;

import java.util.Random;

import jielong.engine.Ops;
import jielong.engine.Tensor;
import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;
import org.junit.jupiter.api.Test;

@Exercise(value = 4, title = "attention with a KV cache")
class CachedAttentionTest {
    /** The toolkit's causal attention over the whole sequence at once (one head), as without a cache. */
    private static float[][] wholeSequence(float[][] q, float[][] k, float[][] v) {
        int t = q.length, d = q[0].length;
        float[] qkv = new float[t * 3 * d];
        for (int i = 0; i < t; i++) {
            System.arraycopy(q[i], 0, qkv, i * 3 * d, d);
            System.arraycopy(k[i], 0, qkv, i * 3 * d + d, d);
            System.arraycopy(v[i], 0, qkv, i * 3 * d + 2 * d, d);
        }
        Tensor y = Ops.attention(Tensor.of(qkv, t, 3 * d), 1, t, 1).y();
        float[][] out = new float[t][d];
        for (int i = 0; i < t; i++) System.arraycopy(y.data, i * d, out[i], 0, d);
        return out;
    }

    private static float[][] random(Random rng, int rows, int cols) {
        float[][] m = new float[rows][cols];
        for (float[] row : m) for (int j = 0; j < cols; j++) row[j] = (float) rng.nextGaussian();
        return m;
    }

    private static void check(float[][] q, float[][] k, float[][] v, float[][] want) {
        Case c = Case.of("append(k[t], v[t]) then attend(q[t]), for t = 0, 1, ...").input("q", q).input("k", k).input("v", v);
        c.expectMatrix(want, c.run(() -> Ch15.decodeWithCache(q, k, v)), 1e-5);
    }

    @Test
    @Points(1)
    void byHand() {
        // The first token sees only itself: its output is its value. Equal keys: the second token averages both values.
        float[][] q = {{1, 0}, {1, 0}}, k = {{0, 1}, {0, 1}}, v = {{2, 4}, {6, 8}};
        check(q, k, v, new float[][] {{2, 4}, {4, 6}});
        // A key far more similar to the query than the other takes nearly all the weight.
        float[][] q2 = {{0, 0}, {10, 0}}, k2 = {{10, 0}, {-10, 0}}, v2 = {{1, 0}, {0, 1}};
        double w = 1 / (1 + Math.exp(-200 / Math.sqrt(2)));
        check(q2, k2, v2, new float[][] {{1, 0}, {(float) w, (float) (1 - w)}});
    }

    @Test
    @Points(2)
    void matchesAttentionOverTheWholeSequence() {
        Random rng = new Random(15);
        float[][] q = random(rng, 9, 8), k = random(rng, 9, 8), v = random(rng, 9, 8);
        check(q, k, v, wholeSequence(q, k, v));
    }

    @Test
    @Points(1)
    void refusesATokenPastItsCapacity() {
        Case c = Case.of("append on a full cache").input("headSize", 4).input("capacity", 3);
        c.run(() -> Ch15.overfill(4, 3, 3)); // filling it exactly is fine
        try {
            Ch15.overfill(4, 3, 4);
        } catch (IllegalStateException expected) {
            return;
        } catch (RuntimeException other) {
            throw c.fail("expected an IllegalStateException for the 4th token, got " + other);
        }
        throw c.fail("expected an IllegalStateException for the 4th token; append accepted it");
    }
}
