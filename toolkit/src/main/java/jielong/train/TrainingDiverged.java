package jielong.train;

import java.nio.file.Path;

/** Thrown when the loss becomes NaN or infinite; the last good checkpoint is left untouched. */
public final class TrainingDiverged extends RuntimeException {
    public final int step;

    TrainingDiverged(int step, float loss, Path lastCheckpoint) {
        super("loss became " + loss + " at step " + step + "; "
                + (lastCheckpoint == null ? "no checkpoint was written before it"
                        : "the last good checkpoint is " + lastCheckpoint + " (left untouched)")
                + ". Try a smaller learning rate, gradient clipping, or a longer warm-up.");
        this.step = step;
    }
}
