package jielong.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The loops that sum gradients over rows (layer norm's gain and bias, the embedding tables, where
 * a token that occurs twice adds to one row twice) are split across threads by columns, so that
 * every value is still summed in row order: one and two threads must give the same bits, at
 * widths that are cut (multiples of 64) and widths that are not.
 */
class ParallelLoopsTest {
    @Test
    void gradientsSummedOverRowsKeepTheirBitsOnTwoThreads() {
        for (int c : new int[] {40, 96, 128, 200, 256}) {
            long one = fingerprint(c, 1), two = fingerprint(c, 2);
            assertEquals(one, two, "width " + c + ": 2 threads changed the gradients' bits");
        }
    }

    /** Hash of every gradient after embedding → layer norm → linear → cross-entropy, backward, then clipping's scale. */
    private static long fingerprint(int c, int threads) {
        int before = Parallel.threads();
        try {
            Parallel.setThreads(threads);
            Random rng = new Random(c);
            int vocab = 7, t = 16, rows = 4 * t;                      // 7 tokens over 64 positions: each repeats
            Tensor wte = Tensor.param(Goldens.random(rng, vocab * c), vocab, c), wpe = Tensor.param(Goldens.random(rng, t * c), t, c);
            Tensor g = Tensor.param(Goldens.random(rng, c), c), b = Tensor.param(Goldens.random(rng, c), c);
            Tensor w = Tensor.param(Goldens.random(rng, c * vocab), c, vocab);
            int[] idx = new int[rows], targets = new int[rows];
            for (int i = 0; i < rows; i++) {
                idx[i] = rng.nextInt(vocab);
                targets[i] = rng.nextInt(vocab);
            }
            Tensor loss = Ops.crossEntropy(Ops.linear(Ops.layerNorm(Ops.embed(wte, wpe, idx, t), g, b), w, null), targets);
            loss.backward();
            long h = 0;
            for (Tensor p : new Tensor[] {wte, wpe, g, b, w}) {
                Ops.backend().scaleGrad(p, 0.37f);
                h = h * 31 + Goldens.hash(p.grad());
            }
            return h;
        } finally {
            Parallel.setThreads(before);
        }
    }
}
