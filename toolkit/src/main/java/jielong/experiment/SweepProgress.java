package jielong.experiment;

/**
 * Where a running sweep stands, reported after every training step, for a progress bar.
 *
 * @param runsDone       runs finished, counting those done before a resume
 * @param runsTotal      runs in the sweep (or shard)
 * @param run            id of the run that just stepped
 * @param step           that run's steps done
 * @param steps          that run's steps in all
 * @param loss           that run's latest training loss, nats per token
 * @param fractionDone   share of the sweep's FLOPs done, 0 to 1
 * @param elapsedSeconds wall time since this sweep (re)started
 * @param etaSeconds     seconds left, extrapolated from the FLOPs done since the (re)start
 */
public record SweepProgress(int runsDone, int runsTotal, String run, int step, int steps, double loss,
                            double fractionDone, double elapsedSeconds, double etaSeconds) {

    @Override
    public String toString() {
        return String.format("run %d/%d %s step %d/%d loss %.3f  %.0f%% of FLOPs", runsDone + 1, runsTotal, run,
                step, steps, loss, 100 * fractionDone);
    }
}
