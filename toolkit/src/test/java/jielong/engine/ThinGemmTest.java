package jielong.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Random;

import org.junit.jupiter.api.Test;

import jielong.model.Gpt;
import jielong.model.GptConfig;
import jielong.model.KvCache;

/**
 * The unpacked path for products of a few rows ({@link VectorGemm#thin}, which decoding runs on
 * every weight matrix) must give the packed kernel's bits exactly, or cached generation would
 * drift from a full forward pass and from every recorded golden value; and splitting such
 * products by columns across threads must not change them either.
 */
class ThinGemmTest {
    @Test
    void fewRowsGiveThePackedKernelsBitsAtEdgeSizes() {
        int l = VectorShape.L;
        int[] ns = {1, l - 1, l, 2 * l + 3, 1024, 1024 + l + 1, 2100};
        int[] ks = {1, 3, 4, 5, 7, 256, 300, 513};
        int checked = 0;
        for (int m = 1; m <= VectorGemm.THIN_ROWS; m++) for (int n : ns) for (int k : ks) {
            if (n <= 0) continue;
            Random rng = new Random(1000L * m + 31L * n + k);
            float[] a = Goldens.random(rng, m * k + 3), b = Goldens.random(rng, k * (n + 2) + 5), c0 = Goldens.random(rng, m * (n + 1) + 7);
            for (int variant = 0; variant < 4; variant++) {
                boolean transposed = (variant & 1) != 0, acc = (variant & 2) != 0;
                int aRow = transposed ? 1 : k, aCol = transposed ? m : 1;
                float[] thin = c0.clone(), packed = c0.clone(), plain = c0.clone();
                VectorGemm.gemm(m, n, k, a, 3, aRow, aCol, b, 5, n + 2, 1, thin, 7, n + 1, acc);
                try {
                    VectorGemm.thinPath = false;
                    VectorGemm.gemm(m, n, k, a, 3, aRow, aCol, b, 5, n + 2, 1, packed, 7, n + 1, acc);
                } finally {
                    VectorGemm.thinPath = true;
                }
                new ScalarKernels().gemm(m, n, k, a, 3, aRow, aCol, b, 5, n + 2, 1, plain, 7, n + 1, acc);
                String where = "m=" + m + " n=" + n + " k=" + k + " variant " + variant;
                for (int i = 0; i < thin.length; i++) {
                    if (Float.floatToRawIntBits(thin[i]) != Float.floatToRawIntBits(packed[i])) {
                        fail(where + ": value " + i + " is " + thin[i] + " unpacked, " + packed[i] + " packed");
                    }
                }
                assertArrayEquals(plain, thin, where + ": against plain Java");
                checked++;
            }
        }
        assertEquals(4 * 7 * 8 * 4, checked);
    }

    @Test
    void cachedDecodingGivesTheSameLogitsOnBothPaths() {
        Gpt gpt = new Gpt(new GptConfig(50, 16, 2, 2, 48, 0f), 5);
        float[][] thin = decode(gpt), packed;
        try {
            VectorGemm.thinPath = false;
            packed = decode(gpt);
        } finally {
            VectorGemm.thinPath = true;
        }
        for (int t = 0; t < thin.length; t++) assertArrayEquals(packed[t], thin[t], 0f, "token " + t);
    }

    @Test
    void cachedDecodingGivesTheSameLogitsOnOneAndTwoThreads() {
        // Wide enough (4·96 = 384 columns, 300 logits) that two threads split the columns.
        Gpt gpt = new Gpt(new GptConfig(300, 16, 2, 2, 96, 0f), 6);
        int before = Parallel.threads();
        float[][] one, two;
        try {
            Parallel.setThreads(1);
            one = decode(gpt);
            Parallel.setThreads(2);
            two = decode(gpt);
        } finally {
            Parallel.setThreads(before);
        }
        for (int t = 0; t < one.length; t++) assertArrayEquals(one[t], two[t], 0f, "token " + t);
    }

    private static float[][] decode(Gpt gpt) {
        KvCache cache = new KvCache(gpt.config);
        float[][] logits = new float[12][];
        for (int t = 0; t < logits.length; t++) logits[t] = gpt.step((7 * t + 3) % gpt.config.vocabSize(), cache).clone();
        return logits;
    }
}
