package jielong.train;

/**
 * One step's report while training, for progress bars and live loss curves.
 *
 * @param step            steps done (1-based)
 * @param totalSteps      steps planned
 * @param loss            this step's training loss, nats per token
 * @param valLoss         validation loss if it was estimated at this step, else NaN
 * @param learningRate    the learning rate used at this step
 * @param tokensPerSecond training throughput over recent steps
 * @param elapsedSeconds  wall time since training (re)started
 * @param etaSeconds      estimated seconds until the last step
 */
public record Progress(int step, int totalSteps, float loss, float valLoss, float learningRate,
                       double tokensPerSecond, double elapsedSeconds, double etaSeconds) {
    /** Whether a validation estimate came with this step. */
    public boolean hasValLoss() {
        return !Float.isNaN(valLoss);
    }

    @Override
    public String toString() {
        return String.format("step %d/%d  loss %.4f%s  %.0f tok/s  eta %.0fs", step, totalSteps, loss,
                hasValLoss() ? String.format("  val %.4f", valLoss) : "", tokensPerSecond, etaSeconds);
    }
}
