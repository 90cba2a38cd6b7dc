package jielong.exercises.ch15;

import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;
import org.junit.jupiter.api.Test;

@Exercise(value = 2, title = "a decode step on the roofline")
class RooflineTest {
    private static void check(double weights, double kv, int batch, double flops, double bandwidth, double peak, double want) {
        Case c = Case.of("decodeTokensPerSecond(weightBytes, kvBytesPerSequence, batch, flopsPerToken, bandwidth, peakFlops)")
                .input("weightBytes", weights).input("kvBytesPerSequence", kv).input("batch", batch).input("flopsPerToken", flops)
                .input("bandwidth", bandwidth).input("peakFlops", peak);
        c.expectRelative(want, c.run(() -> Ch15.decodeTokensPerSecond(weights, kv, batch, flops, bandwidth, peak)), 1e-9);
    }

    @Test
    @Points(1)
    void oneStreamIsBoundByReadingTheWeights() {
        // 1 GB of weights at 10 GB/s: 0.1 s a step; 2 GFLOPs at 1 TFLOP/s would take only 2 ms.
        check(1e9, 0, 1, 2e9, 10e9, 1e12, 10);
        // A laptop: 500 MB model, 20 GB/s: 40 tokens a second.
        check(5e8, 0, 1, 2.5e8, 20e9, 2e11, 40);
    }

    @Test
    @Points(1)
    void aBatchSharesTheWeightsUntilComputeOrTheCachesDecide() {
        // 8 sequences, 1 MB cache each: (1 GB + 8 MB) / 10 GB/s = 0.1008 s for 8 tokens.
        check(1e9, 1e6, 8, 2e9, 10e9, 1e12, 8 / 0.1008);
        // 1,000 sequences: memory (1 GB + 1 GB) / 10 GB/s = 0.2 s, compute 1,000 × 2 GFLOP / 1 TFLOP/s = 2 s: compute decides.
        check(1e9, 1e6, 1_000, 2e9, 10e9, 1e12, 500);
        // caches larger than the weights: 4 × 1 GB of cache + 1 GB of weights at 10 GB/s = 0.5 s for 4 tokens.
        check(1e9, 1e9, 4, 2e9, 10e9, 1e15, 8);
    }
}
