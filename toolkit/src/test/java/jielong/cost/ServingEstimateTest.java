package jielong.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The serving calculator against estimates worked out by hand, step by step. */
class ServingEstimateTest {
    /**
     * A small case to follow by hand: 1,000 users × 2 requests of 300 tokens read and 100 written;
     * 1 B parameters in fp16 (2 GB), 10 layers of width 1,000; GPUs of 100 TFLOP/s, 1 TB/s and
     * 16 GB at half their peaks; batch 4; servers of 4 GPUs drawing 2 kW, PUE 1.5, $0.10/kWh.
     */
    private static ServingAssumptions small() {
        return new ServingAssumptions(1_000, 2, 300, 100, 1, 1_000_000_000L, 10, 1_000, Precision.FP16, Precision.FP16,
                100e12, 1e12, 16e9, 0.5, 4, 4, 2_000, 1.5, 0.10);
    }

    @Test
    void everyStepMatchesAHandCalculation() {
        ServingEstimate e = ServingEstimate.of(small());
        assertEquals(2_000, e.requestsPerDay());
        assertEquals(800_000, e.tokensPerDay());               // 2,000 × 400
        assertEquals(2e9, e.flopsPerToken());
        assertEquals(1.6e15, e.flopsPerDay());
        assertEquals(2e9, e.weightBytes());
        assertEquals(40_000, e.kvBytesPerToken());             // 2 · 10 · 1,000 numbers × 2 bytes
        assertEquals(16e6, e.kvBytesPerSequence());            // × 400 tokens
        assertEquals(1, e.gpusPerCopy());                      // 2 GB + 4 × 16 MB fits in 16 GB
        // A step reads 2 GB + 4 × 40 kB × (300 + 50) = 2.056 GB at 0.5 TB/s: 4.112 ms;
        // its arithmetic, 4 × 2 GFLOP at 50 TFLOP/s, takes 0.16 ms: memory decides.
        assertEquals(4.112e-3, e.decodeStepSeconds(), 1e-12);
        assertTrue(e.memoryBound());
        assertEquals(4 / 4.112e-3, e.copyTokensPerSecond(), 1e-9);
        // Prefill: 600,000 tokens × 2 GFLOP / 50 TFLOP/s = 24 s; decode: 200,000 tokens / 972.76 tokens/s = 205.6 s.
        double decode = 200_000 * 4.112e-3 / 4;
        assertEquals(24 + decode, e.gpuSecondsPerDay(), 1e-9);
        assertEquals(1.6e15 / (86_400 * 50e12), e.gpusByFlops(), 1e-15);
        assertEquals(1, e.gpus());
        assertEquals(1, e.servers());
        assertEquals(2 * 24 * 1.5, e.kwhPerDay(), 1e-12);      // one server, 2 kW, 24 h, PUE 1.5: 72 kWh
        assertEquals(7.2, e.electricityPerDay(), 1e-12);
    }

    @Test
    void aLargerLoadNeedsWholeCopiesAndServers() {
        // 1,000 times the users: 229,600 GPU-seconds a day, 2.657 GPUs at the mean, 3 at peak/mean 1; 8 with peak/mean 3.
        ServingAssumptions a = small().withDailyUsers(1e6);
        ServingEstimate e = ServingEstimate.of(a);
        assertEquals(1000 * (24 + 200_000 * 4.112e-3 / 4), e.gpuSecondsPerDay(), 1e-6);
        assertEquals(3, e.gpus());
        assertEquals(1, e.servers());
        ServingEstimate peak = ServingEstimate.of(a.withPeakToMean(3));
        assertEquals(8, peak.gpus());                        // ceil(2.657 × 3) = 8
        assertEquals(2, peak.servers());
        assertEquals(2 * 2 * 24 * 1.5 * 0.10, peak.electricityPerDay(), 1e-9);
    }

    @Test
    void aBigBatchTurnsDecodeComputeBoundAndAModelTooBigForOneGpuSpansAPowerOfTwo() {
        ServingEstimate e = ServingEstimate.of(small().withBatch(2_000).withGpuMemory(20e9));
        // (2 GB + 2,000 × 16 MB = 34 GB) / 20 GB = 1.7: 2 GPUs. Memory time (2 GB + 2,000 × 14 MB) / (2 × 0.5 TB/s) = 30 ms;
        // compute 2,000 × 2 GFLOP / (2 × 50 TFLOP/s) = 40 ms: compute decides.
        assertEquals(2, e.gpusPerCopy());
        assertFalse(e.memoryBound());
        assertEquals(0.04, e.decodeStepSeconds(), 1e-12);
        assertEquals(4, ServingEstimate.of(small().withGpuMemory(0.6e9)).gpusPerCopy(), "2.064 GB on 0.6 GB GPUs: 3.44, so 4");
    }

    /** The essay's servers at a DGX A100's 6.5 kW and $0.08/kWh: 592,488 kWh and $47,399.04 a day. */
    @Test
    void theEssaysElectricity() {
        assertEquals(592_488, ServingEstimate.kwhPerDay(3_798, 6_500, 1), 1e-9);
        assertEquals(47_399.04, ServingEstimate.electricityPerDay(3_798, 6_500, 1, 0.08), 1e-6);
        assertEquals(3_798 * 8, 30_384);
    }

    @Test
    void badAssumptionsAreRefusedWithTheirName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> small().withUtilisation(1.5));
        assertTrue(e.getMessage().contains("utilisation"), e.getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> small().withPue(0.9)).getMessage().contains("PUE"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> small().withDailyUsers(Double.NaN)).getMessage().contains("dailyUsers"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> small().withBatch(0)).getMessage().contains("batch"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ServingEstimate.of(small().withGpuMemory(1))).getMessage().contains("gpuMemory"));
        assertThrows(IllegalArgumentException.class, () -> ServingEstimate.kwhPerDay(-1, 100, 1));
    }

    @Test
    void aLargerModelKeepsItsProportions() {
        ServingAssumptions a = small().withParameters(8e9); // 8 times the parameters: layers and width twice as large
        assertEquals(8_000_000_000L, a.parameters());
        assertEquals(20, a.layers());
        assertEquals(2_000, a.width());
    }
}
