package jielong.course.scaling;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.LongStream;

import jielong.course.Runs;
import jielong.data.DatasetStatus;
import jielong.data.Datasets;
import jielong.data.PseudoQuatrains;
import jielong.experiment.RunSpec;
import jielong.experiment.Sweep;
import jielong.model.GptConfig;
import jielong.train.TokenData;

/**
 * Lesson 06's settings in one place: the data (poetry as UTF-8 bytes), the model shapes, and the
 * sweeps of full and fast mode. Every shape has 2 layers and heads of width 16, and differs only in
 * width, so N grows about twofold per step of the grid, as D does.
 */
public final class ScalingLesson {
    /** Tokens are the bytes of UTF-8 text: 256 symbols, so the output head stays small (a Han character is 3 bytes). */
    public static final int VOCAB = 256;
    /** Context in tokens (bytes). */
    public static final int CONTEXT = 64;
    /** Sequences per step: 16 × 64 = 1,024 tokens a step. */
    public static final int BATCH = 16;
    /** Peak learning rate: small models take large steps well. */
    public static final float LEARNING_RATE = 3e-3f;
    /** One seed for every run: same weights' draw, same batches, same validation windows. */
    public static final long SEED = 1337;
    /** Bytes of text taken: enough that the largest run sees each training byte about once. */
    public static final int DATA_BYTES = 6_000_000;
    /** The first 90% trains; the last 10% (600 kB) validates. */
    public static final double TRAIN_SHARE = 0.9;

    private ScalingLesson() {}

    /**
     * The sweep's results folder, {@code runs/06-scaling-laws/full} (or {@code fast}), shared by the
     * notebook and {@code ./jielong sweep}; results an older version wrote to {@code runs/06-scaling/}
     * are moved here rather than trained again.
     */
    public static Path folder(boolean fast) {
        Path folder = Runs.lesson(Runs.SCALING_LAWS, fast);
        return Runs.adopt(folder.getParent().resolveSibling("06-scaling").resolve(folder.getFileName()), folder);
    }

    /** A 2-layer model of this width (width / 16 heads). */
    public static GptConfig shape(int width) {
        return new GptConfig(VOCAB, CONTEXT, 2, Math.max(1, width / 16), width, 0f);
    }

    /** The full sweep: 6 widths × 5 data sizes (N 6.6k to 224k, D 250k to 4M tokens), 30 runs. */
    public static Sweep full() {
        return grid(List.of(16, 24, 32, 48, 64, 96), tokens(250_000, 5));
    }

    /** Fast mode: 3 widths × 3 data sizes, 9 runs of at most 250 steps. */
    public static Sweep fast() {
        return grid(List.of(16, 24, 32), tokens(64_000, 3));
    }

    /** The sweep of this mode. */
    public static Sweep sweep(boolean fast) {
        return fast ? fast() : full();
    }

    /** The larger run the fit predicts: the next width up, on the sweep's largest data size. */
    public static RunSpec largerRun(boolean fast) {
        Sweep s = sweep(fast);
        long maxTokens = s.runs().stream().mapToLong(RunSpec::tokens).max().orElseThrow();
        return RunSpec.of(shape(fast ? 48 : 128), maxTokens, BATCH, LEARNING_RATE, SEED);
    }

    /** The sweep's shapes × data sizes. */
    public static Sweep grid(List<Integer> widths, List<Long> tokenCounts) {
        return Sweep.grid(widths.stream().map(ScalingLesson::shape).toList(), tokenCounts, BATCH, LEARNING_RATE, SEED);
    }

    /** count data sizes doubling from first: 250k, 500k, 1M, 2M, 4M. */
    static List<Long> tokens(long first, int count) {
        return LongStream.range(0, count).map(i -> first << i).boxed().toList();
    }

    /**
     * The text of {@code poetry-large} (fetched and prepared on first use), or, where it is not
     * prepared and {@code preferPrepared} is set (fast mode), generated pseudo-quatrains, so a quick
     * run never waits on an 85 MB download.
     */
    public static String text(boolean preferPrepared) {
        if (preferPrepared && Datasets.status("poetry-large") != DatasetStatus.READY) {
            System.out.println("poetry-large is not prepared: fast mode uses generated pseudo-quatrains "
                    + "(./jielong datasets fetch poetry-large prepares the real poems)");
            return String.join("\n", PseudoQuatrains.generate(1, 40_000));
        }
        return Datasets.load("poetry-large");
    }

    /** The first {@code bytes} UTF-8 bytes of a text as tokens 0..255. */
    public static TokenData bytes(String text, int bytes) {
        byte[] utf8 = text.substring(0, Math.min(text.length(), bytes)).getBytes(StandardCharsets.UTF_8);
        int n = Math.min(bytes, utf8.length);
        int[] ids = new int[n];
        for (int i = 0; i < n; i++) ids[i] = utf8[i] & 0xff;
        return new TokenData(ids);
    }
}
