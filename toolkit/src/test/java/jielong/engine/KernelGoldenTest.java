package jielong.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Golden values recorded from the engine's kernels before the matrix kernel got per-CPU block
 * shapes and packed panels (commit b837ed7): a matrix product sums over k one fused multiply-add
 * at a time in the same order whatever the blocking, so every bit must stay the same, and with it
 * the numbers the committed lessons show. Other kernels (dot products, layer norm) sum lane by
 * lane, so their goldens depend on the vector width: one set per lane count (1 = plain Java).
 */
class KernelGoldenTest {
    /** {@link Goldens#gemm}: the same on every vector width (and for the plain-Java kernels). */
    static final long[] GEMM = {0xdd2dc3618dba1459L, 0xdd2dc3618dba1459L, 0xfb0af2e5e606d82eL, 0xfb0af2e5e606d82eL, 0xbedd354d07c05752L, 0xa18279f53e6729efL, 0x8116001e80047e55L, 0x664d9113a13c7e30L, 0x277c8e86d867fb45L, 0x6b8d207c1809d998L, 0x64c105a865d01e62L, 0x86d02582f81eb75eL, 0x1cfcd38e861ff379L, 0xa2e64236b2ac2344L, 0xd6f86dab825b86b8L, 0x41bffeb512172e30L, 0xf051445cec5d1ca9L, 0x8dbb1b29d3f3813dL, 0x0abe05ff055fe01dL, 0xf13d2cf73394dd82L, 0x409dc220537c62beL, 0x45bf9200f82057adL, 0x3524174bc7b82f95L, 0x27a5549c9e0c36c2L, 0xabe96b834f165a86L, 0x48bfb587643ad60cL, 0xb65aaa4655043b6dL, 0x0fff376d4772d4acL, 0xcfe8149c11e6eb32L, 0xafea7c1d9237bbcdL, 0xb477d6dde9e4b59dL, 0xcba3687eea906635L};

    static final Map<Integer, long[]> OPS = Map.of(
            1, new long[] {0x529f0633c02b40b6L, 0x8efb38f4714752f4L, 0x1a1d69e1965e3e4aL, 0x13717f023d2bc874L, 0x6a309011ad58c060L, 0x9b9fcc0aa68996c9L, 0x1c70f0679ca97a6aL, 0xde5a3dd5b48aaa98L, 0xca748992c848ee50L, 0x59c7fbef9a90486fL},
            4, new long[] {0x529f0633c02b40b6L, 0x8efb38f4714752f4L, 0x1a1d69e1965e3e4aL, 0x13717f023d2bc874L, 0x6a309011ad58c060L, 0x9b9fcc0aa68996c9L, 0x1c70f0679ca97a6aL, 0x20b2b4fc0d93d9feL, 0xddd2f2722377ef0dL, 0xb17e05cbd329fab3L},
            8, new long[] {0x529f0633c02b40b6L, 0x8efb38f4714752f4L, 0x1a1d69e1965e3e4aL, 0x13717f023d2bc874L, 0x6a309011ad58c060L, 0x9b9fcc0aa68996c9L, 0x1c70f0679ca97a6aL, 0xde5a3dd5b48aaa98L, 0xca748992c848ee50L, 0x1cc71129bd882998L},
            16, new long[] {0x529f0633c02b40b6L, 0x8efb38f4714752f4L, 0x1a1d69e1965e3e4aL, 0x13717f023d2bc874L, 0x6a309011ad58c060L, 0x9b9fcc0aa68996c9L, 0x1c70f0679ca97a6aL, 0xde5a3dd5b48aaa98L, 0xca748992c848ee50L, 0x59c7fbef9a90486fL});

    static final Map<Integer, long[]> SMALL = Map.of(
            1, new long[] {0x000000004019b01dL, 0x000000004012e89aL, 0x000000004010ce0eL, 0x00000000400d4a45L, 0x00000000400755afL, 0x65c4fa1e7d6c2d96L},
            4, new long[] {0x000000004019b01dL, 0x000000004012e89aL, 0x000000004010ce0eL, 0x00000000400d4a45L, 0x00000000400755afL, 0x1b83970354e21552L},
            8, new long[] {0x000000004019b01dL, 0x000000004012e89bL, 0x000000004010ce0eL, 0x00000000400d4a45L, 0x00000000400755afL, 0xc2ce2f1b2a0eb25fL},
            16, new long[] {0x000000004019b01dL, 0x000000004012e89aL, 0x000000004010ce0eL, 0x00000000400d4a45L, 0x00000000400755afL, 0x903518523381adcfL});

    static final Map<Integer, long[]> BABY = Map.of(
            1, new long[] {0x0000000040868b79L, 0x00000000406715feL, 0x00000000404f65fbL, 0x82c8128e8ac4f109L},
            4, new long[] {0x0000000040868b79L, 0x00000000406715ffL, 0x00000000404f65faL, 0xb1300da4d248d623L},
            8, new long[] {0x0000000040868b79L, 0x00000000406715feL, 0x00000000404f65f9L, 0x92a733b65c40da9dL},
            16, new long[] {0x0000000040868b79L, 0x00000000406715fdL, 0x00000000404f65faL, 0x87862c25b3f5df3bL});

    private static long[] toArray(List<Long> xs) {
        return xs.stream().mapToLong(Long::longValue).toArray();
    }

    private static long[] forThisWidth(Map<Integer, long[]> golden) {
        long[] g = golden.get(VectorWidth.lanes());
        assertNotNull(g, "no golden values recorded for " + VectorWidth.lanes() + " lanes");
        return g;
    }

    @Test
    void matrixProductsKeepEveryBit() {
        assertArrayEquals(GEMM, toArray(Goldens.gemm(Kernels.CHOSEN)), Kernels.CHOSEN.name());
        assertArrayEquals(GEMM, toArray(Goldens.gemm(new ScalarKernels())), "plain Java");
    }

    @Test
    void opsKeepEveryBitOnOneAndTwoThreads() {
        int before = Parallel.threads();
        try {
            assertArrayEquals(forThisWidth(OPS), toArray(Goldens.ops(1)), "1 thread");
            assertArrayEquals(forThisWidth(OPS), toArray(Goldens.ops(2)), "2 threads");
        } finally {
            Parallel.setThreads(before);
        }
    }

    @Test
    void trainingLossesKeepEveryBitOnOneAndTwoThreads() {
        int before = Parallel.threads();
        try {
            assertArrayEquals(forThisWidth(SMALL), toArray(Goldens.train(Goldens.SMALL, 4, 5, 1)), "small model, 1 thread");
            assertArrayEquals(forThisWidth(SMALL), toArray(Goldens.train(Goldens.SMALL, 4, 5, 2)), "small model, 2 threads");
            assertArrayEquals(forThisWidth(BABY), toArray(Goldens.train(Goldens.BABY, 12, 3, 1)), "baby GPT, 1 thread");
            assertArrayEquals(forThisWidth(BABY), toArray(Goldens.train(Goldens.BABY, 12, 3, 2)), "baby GPT, 2 threads");
        } finally {
            Parallel.setThreads(before);
        }
    }
}
