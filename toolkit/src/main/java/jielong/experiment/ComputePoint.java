package jielong.experiment;

/**
 * One measurement on the course's common compute axis: what a lesson's run measured after spending
 * {@code flops} floating-point operations of training compute.
 *
 * @param lesson the lesson whose run it is, its notebook's name ({@code 06-scaling-laws})
 * @param curve  the run or curve inside the lesson ({@code answer-only}, {@code rl-beta-0.1})
 * @param flops  training compute spent up to this point, FLOPs (0 before the first step)
 * @param metric what was measured, a short lower-case name ({@code val_loss}, {@code exact_match})
 * @param value  the measurement, in the metric's own unit (nats, a share from 0 to 1, ...)
 */
public record ComputePoint(String lesson, String curve, double flops, String metric, double value) {
    public ComputePoint {
        name("lesson", lesson);
        name("curve", curve);
        name("metric", metric);
        if (!(flops >= 0) || Double.isInfinite(flops)) {
            throw new IllegalArgumentException(lesson + " / " + curve + ": FLOPs must be a finite number of at least 0, got " + flops);
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(lesson + " / " + curve + " at " + flops + " FLOPs: " + metric + " is " + value
                    + "; a diverged run (NaN or infinite loss) has no place on the curve: rerun it");
        }
    }

    private static void name(String what, String s) {
        if (s == null || s.isBlank() || s.contains(",") || s.contains("\n") || s.contains("\"")) {
            throw new IllegalArgumentException("a point's " + what + " must be a non-empty name without commas, quotes or"
                    + " line breaks, got " + (s == null ? "null" : "'" + s + "'"));
        }
    }
}
