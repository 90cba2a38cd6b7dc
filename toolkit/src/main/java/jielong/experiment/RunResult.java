package jielong.experiment;

import java.util.List;

/**
 * What one finished run measured: a row of the results table, plus its loss curve.
 *
 * @param spec        the run
 * @param trainLoss   mean training loss over the last tenth of the steps, nats per token
 * @param valLoss     validation loss at the end, nats per token
 * @param wallSeconds training time, evaluations included, in seconds
 * @param curve       training and validation loss at each evaluation
 */
public record RunResult(RunSpec spec, double trainLoss, double valLoss, double wallSeconds, List<CurvePoint> curve) {

    /**
     * A point of a loss curve.
     *
     * @param step      steps done
     * @param trainLoss mean training loss since the previous point, nats per token
     * @param valLoss   validation loss at this step, nats per token
     */
    public record CurvePoint(int step, double trainLoss, double valLoss) {}

    /** Non-embedding parameters N. */
    public long parameters() {
        return spec.parameters();
    }

    /** Training tokens D. */
    public long tokens() {
        return (long) spec.steps() * spec.tokensPerStep();
    }

    /** Training FLOPs C. */
    public double flops() {
        return spec.flops();
    }
}
