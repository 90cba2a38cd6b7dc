package jielong.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /** A chunk that fails on the worker fails the loop on the caller, with its own message, and leaves the pool usable. */
    @Test
    void aWorkersFailureReachesTheCaller() {
        int before = Parallel.threads();
        try {
            Parallel.setThreads(2);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () ->
                    Parallel.forRange(1000, 10, 20, (from, to) -> {
                        if (from > 0) throw new IllegalArgumentException("chunk from " + from);
                    }));
            assertTrue(String.valueOf(e.getMessage()).contains("chunk from 500"), "the chunk's own message: " + e.getMessage());
            int[] hits = new int[1000];
            Parallel.forRange(1000, 10, 20, (from, to) -> {
                for (int i = from; i < to; i++) hits[i]++;
            });
            int[] once = new int[1000];
            java.util.Arrays.fill(once, 1);
            assertArrayEquals(once, hits, "after a failure every index must still run exactly once");
        } finally {
            Parallel.setThreads(before);
        }
    }

    /** A loop inside a chunk (a body that trains a model, say) runs every index exactly once. */
    @Test
    void aLoopInsideALoopRunsEveryIndexOnce() {
        int before = Parallel.threads();
        try {
            Parallel.setThreads(2);
            int[] hits = new int[64 * 64];
            Parallel.forRange(64, 1, 2, (from, to) -> {
                for (int r = from; r < to; r++) {
                    int row = r;
                    Parallel.forRange(64, 1, 2, (a, b) -> {
                        for (int c = a; c < b; c++) hits[row * 64 + c]++;
                    });
                }
            });
            int[] once = new int[64 * 64];
            java.util.Arrays.fill(once, 1);
            assertArrayEquals(once, hits);
        } finally {
            Parallel.setThreads(before);
        }
    }
}
