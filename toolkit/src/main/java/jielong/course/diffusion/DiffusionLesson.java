package jielong.course.diffusion;

import java.nio.file.Path;
import java.util.Arrays;

import jielong.course.Runs;
import jielong.data.PointClouds;
import jielong.diffusion.DenoisingMlp;
import jielong.diffusion.NoiseSchedule;
import jielong.train.TrainConfig;

/**
 * Lesson 10's settings in one place: the data (8,000 points on the dragon curve), the schedule and
 * denoiser of tiny-diffusion's 2-D model, and how long fast and full mode train.
 */
public final class DiffusionLesson {
    /** The notebook's name, which is also its run folder's. */
    public static final String NAME = "10-diffusion";
    /** Data points, batch size and samples drawn, as in tiny-diffusion. */
    public static final int POINTS = 8_000, BATCH = 256, SAMPLES = 1_000;
    /** Folds of the dragon curve: 2^12 segments, the familiar silhouette. */
    public static final int ORDER = 12;
    /** Gaussian jitter of the data points around the curve (plane units; the shape spans 4). */
    public static final double JITTER = 0.02;
    /** Noising steps of the main model, and the schedule's first and last β (DDPM's). */
    public static final int STEPS = 50;
    public static final double BETA_FIRST = 1e-4, BETA_LAST = 0.02;
    /** Points drawn to measure the distance to the data during training, and data points it is measured against. */
    public static final int EVAL_SAMPLES = 500, REFERENCE_POINTS = 2_000;

    private DiffusionLesson() {}

    /** Where this mode's models and tables go: {@code runs/10-diffusion/<fast|full>}. */
    public static Path folder(boolean fast) {
        return Runs.lesson(NAME, fast);
    }

    /** The training data: {@link #POINTS} points on the dragon curve, in [−2, 2]². */
    public static float[] dragon(long seed) {
        return PointClouds.dragon(POINTS, ORDER, JITTER, seed);
    }

    /** Other data points of the same shape, drawn with another seed: what samples are compared with. */
    public static float[] reference(long seed) {
        return Arrays.copyOf(PointClouds.dragon(REFERENCE_POINTS, ORDER, JITTER, seed + 1_000_003), 2 * REFERENCE_POINTS);
    }

    /** The linear schedule from 1e-4 to 0.02 over {@code steps} steps. */
    public static NoiseSchedule schedule(int steps) {
        return NoiseSchedule.linear(steps, BETA_FIRST, BETA_LAST);
    }

    /** tiny-diffusion's 2-D denoiser: 3 residual blocks of width 128, 128 sinusoidal features, 99,074 parameters. */
    public static DenoisingMlp model(long seed) {
        return new DenoisingMlp(2, 128, 3, 128, 25, seed);
    }

    /** Epochs of every model: 150 in full mode (tiny-diffusion's), 16 in fast mode. */
    public static int epochs(boolean fast) {
        return fast ? 16 : 150;
    }

    /**
     * Epochs between two distance measurements of the main model: 2 in both modes. Drawing 500
     * samples costs about as much as training an epoch, so measuring every epoch would double the run.
     */
    public static int evalEvery(boolean fast) {
        return 2;
    }

    /** Epochs between two distance measurements of the models with T = 10 and T = 200: 8 in fast mode, 10 in full. */
    public static int comparisonEvalEvery(boolean fast) {
        return fast ? 8 : 10;
    }

    /** Steps in one epoch: the data once, in whole batches (31 of 256 for 8,000 points). */
    public static int stepsPerEpoch() {
        return POINTS / BATCH;
    }

    /** AdamW at 1e-3, decaying to 1e-4 along a cosine, no weight decay, gradients clipped at 1. */
    public static TrainConfig training(int epochs, long seed) {
        return TrainConfig.defaults().withIters(epochs * stepsPerEpoch()).withBatchSize(BATCH).withWarmup(0)
                .withLearningRate(1e-3f).withWeightDecay(0f).withEval(0, 1).withSeed(seed);
    }
}
