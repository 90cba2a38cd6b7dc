package jielong.engine;

import java.lang.management.ManagementFactory;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The vector width and the matrix kernel's register block, chosen once at start-up from the CPU:
 * the block of C that {@link VectorGemm} keeps in registers must fit the register file with room
 * for two vectors of B and a broadcast of A, or the JIT spills it to memory on every step of k.
 * AVX2 has 16 vector registers (6 rows × 2 vectors = 12 accumulators), AVX-512 and Arm's NEON 32.
 *
 * <p>For tests and for comparing shapes, {@code -Djielong.vector.bits=128|256|512} forces the
 * width (the Vector API runs a width the CPU lacks in software: slowly, but with the same results)
 * and {@code -Djielong.gemm.rows=4|6|8|12} forces the rows of the block.
 */
final class VectorShape {
    /** The float vector every Vector API kernel uses. */
    static final VectorSpecies<Float> S = species(Integer.getInteger("jielong.vector.bits", 0));
    /** Floats per vector. */
    static final int L = S.length();
    /** Vector registers the JIT may use: 32 with AVX-512 or on 64-bit Arm, else 16. */
    static final int REGISTERS = registers();
    /** Rows of C in the register block (it is always 2 vectors wide). */
    static final int MR = rows(Integer.getInteger("jielong.gemm.rows", 0));
    /** Vectors per row of the register block. */
    static final int NV = 2;
    /** Columns of C in the register block. */
    static final int NR = NV * L;
    /**
     * Steps of k per packed panel: a KC×NR panel of B and a KC×MR panel of A stay in the L1 cache
     * (22 KB with AVX2 in a 32 KB L1; 44 KB with AVX-512, whose cores have 48 KB).
     */
    static final int KC = 256;
    /** Rows of A packed at once: MC×KC floats (≤ 200 KB) stay in the L2 cache while the panels of B pass. */
    static final int MC = MR * Math.max(1, 96 / MR);

    private VectorShape() {}

    private static VectorSpecies<Float> species(int bits) {
        return switch (bits) {
            case 0 -> FloatVector.SPECIES_PREFERRED;
            case 64 -> FloatVector.SPECIES_64;
            case 128 -> FloatVector.SPECIES_128;
            case 256 -> FloatVector.SPECIES_256;
            case 512 -> FloatVector.SPECIES_512;
            default -> throw new IllegalArgumentException("jielong.vector.bits must be 64, 128, 256 or 512, got " + bits);
        };
    }

    private static int registers() {
        String arch = System.getProperty("os.arch", "");
        if (arch.equals("aarch64")) return 32;
        if (!arch.equals("amd64") && !arch.equals("x86_64")) return 16;
        try { // UseAVX=3 means the JIT emits AVX-512 code, with zmm0-31; 2 means AVX2, with ymm0-15
            var vm = ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
            return Integer.parseInt(vm.getVMOption("UseAVX").getValue()) >= 3 ? 32 : 16;
        } catch (RuntimeException | LinkageError e) {
            return S.vectorBitSize() >= 512 ? 32 : 16;
        }
    }

    private static int rows(int forced) {
        if (forced != 0) {
            if (forced != 4 && forced != 6 && forced != 8 && forced != 12) {
                throw new IllegalArgumentException("jielong.gemm.rows must be 4, 6, 8 or 12, got " + forced);
            }
            return forced;
        }
        return rowsFor(REGISTERS);
    }

    /** The rows of the register block for a register file: MR·NV accumulators + NV loads of B + 1 broadcast of A must fit. */
    static int rowsFor(int registers) {
        return registers >= 32 ? 12 : 6; // 12×2 → 27 of 32 registers, 6×2 → 15 of 16
    }

    /** For benchmarks: "12×2 vectors of 16 floats (12×32 floats of C), 32 registers, KC 256". */
    static String describe() {
        return MR + "×" + NV + " vectors of " + L + " floats (" + MR + "×" + NR + " block of C), "
                + REGISTERS + " vector registers, k panels of " + KC;
    }
}
