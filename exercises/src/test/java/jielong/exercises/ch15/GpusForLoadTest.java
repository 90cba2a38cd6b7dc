package jielong.exercises.ch15;

import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;
import org.junit.jupiter.api.Test;

@Exercise(value = 3, title = "GPUs for a load")
class GpusForLoadTest {
    private static void check(double tokens, double flops, double peak, double utilisation, double peakToMean, int perCopy, long want) {
        Case c = Case.of("gpusForLoad(tokensPerDay, flopsPerToken, peakFlops, utilisation, peakToMean, gpusPerCopy)")
                .input("tokensPerDay", tokens).input("flopsPerToken", flops).input("peakFlops", peak).input("utilisation", utilisation)
                .input("peakToMean", peakToMean).input("gpusPerCopy", perCopy);
        c.expectEqual(want, c.run(() -> Ch15.gpusForLoad(tokens, flops, peak, utilisation, peakToMean, perCopy)));
    }

    @Test
    @Points(1)
    void oneGpuDayByHand() {
        check(86_400, 1e12, 1e12, 1, 1, 1, 1);   // exactly one GPU's day of work
        check(86_401, 1e12, 1e12, 1, 1, 1, 2);   // a little more needs a second GPU
        check(86_400, 1e12, 1e12, 0.5, 1, 1, 2); // at half the peak, twice the GPUs
        check(86_400, 1e12, 1e12, 1, 3, 1, 3);   // sized for a peak three times the mean
    }

    @Test
    @Points(1)
    void wholeCopiesOfAModel() {
        check(86_400, 1e12, 1e12, 1, 1, 8, 8);   // one GPU's work still takes a whole 8-GPU copy
        check(9 * 86_400, 1e12, 1e12, 1, 1, 8, 16);
        // 130 billion tokens of 2 × 175 B FLOPs on A100s at half of 312 TFLOP/s, peak twice the mean:
        // 6,751.5 GPUs, so 844 copies of 8.
        check(1.3e11, 3.5e11, 312e12, 0.5, 2, 8, 6_752);
    }
}
