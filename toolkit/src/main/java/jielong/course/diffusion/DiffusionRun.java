package jielong.course.diffusion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import jielong.diffusion.Denoising;
import jielong.diffusion.DenoisingMlp;
import jielong.diffusion.NoiseSchedule;
import jielong.diffusion.ReverseProcess;
import jielong.diffusion.SampleDistance;
import jielong.train.Checkpoint;
import jielong.train.Progress;
import jielong.train.TrainConfig;
import jielong.train.Trainer;

/**
 * One of the lesson's diffusion models, trained once: {@code <name>.ckpt} holds the weights and the
 * optimiser (written every measured epoch, so an interrupted run resumes), {@code <name>-epochs.csv}
 * the mean training loss of each epoch and, every few epochs, the Chamfer distance of
 * {@link DiffusionLesson#EVAL_SAMPLES} fresh samples to the reference points. Run again, it loads.
 */
public final class DiffusionRun {
    /** One epoch: its mean training loss (MSE of the predicted noise) and the sample's distance (NaN where not measured). */
    public record Epoch(int epoch, double loss, double chamfer) {}

    private final String name;
    private final DenoisingMlp model;
    private final NoiseSchedule schedule;
    private final List<Epoch> epochs;
    private final double trainingSeconds;
    private final int stepsRun;

    private DiffusionRun(String name, DenoisingMlp model, NoiseSchedule schedule, List<Epoch> epochs, double trainingSeconds, int stepsRun) {
        this.name = name;
        this.model = model;
        this.schedule = schedule;
        this.epochs = epochs;
        this.trainingSeconds = trainingSeconds;
        this.stepsRun = stepsRun;
    }

    /**
     * Trains {@code name} on the data for {@code epochs} epochs with the given schedule, or resumes
     * or loads it from {@code folder}; {@code onStep} hears every training step run now.
     */
    public static DiffusionRun trainOrLoad(Path folder, String name, NoiseSchedule schedule, float[] data, float[] reference,
                                           int epochs, int evalEvery, long seed, Consumer<Progress> onStep) {
        if (epochs < 1 || evalEvery < 1) throw new IllegalArgumentException("trainOrLoad: epochs and evalEvery must be at least 1, got " + epochs + " and " + evalEvery);
        int perEpoch = DiffusionLesson.stepsPerEpoch();
        TrainConfig config = DiffusionLesson.training(epochs, seed).withCheckpointEvery(perEpoch * evalEvery);
        DenoisingMlp model = DiffusionLesson.model(seed);
        Path ckpt = folder.resolve(name + ".ckpt"), table = folder.resolve(name + "-epochs.csv");
        try {
            Files.createDirectories(folder);
            Trainer trainer;
            List<Epoch> rows;
            if (Files.exists(ckpt)) {
                trainer = Trainer.resume(ckpt, model, Denoising.loss(model), Denoising.batches(data, 2, schedule), null, config);
                int done = trainer.step() / perEpoch;
                rows = new ArrayList<>(read(table).stream().filter(e -> e.epoch() <= done).toList());
            } else {
                trainer = new Trainer(model, Denoising.loss(model), Denoising.batches(data, 2, schedule), null, config);
                rows = new ArrayList<>();
            }
            write(table, rows);
            double[] sum = {0};
            trainer.checkpointTo(ckpt).onProgress(p -> {
                sum[0] += p.loss();
                if (p.step() % perEpoch == 0) {
                    int epoch = p.step() / perEpoch;
                    double chamfer = epoch % evalEvery == 0 || epoch == epochs ? chamfer(model, schedule, reference, seed + 17) : Double.NaN;
                    Epoch e = new Epoch(epoch, sum[0] / perEpoch, chamfer);
                    rows.add(e);
                    append(table, e);
                    sum[0] = 0;
                }
                onStep.accept(p);
            });
            Trainer.Result r = trainer.run();
            return new DiffusionRun(name, model, schedule, List.copyOf(rows), r.wallSeconds(), r.losses().length);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read or write " + folder + ": " + e.getMessage()
                    + "; check the folder, or delete it to train again", e);
        }
    }

    /** Chamfer distance of {@link DiffusionLesson#EVAL_SAMPLES} samples drawn with {@code seed} to the reference points. */
    static double chamfer(DenoisingMlp model, NoiseSchedule schedule, float[] reference, long seed) {
        return SampleDistance.chamfer(ReverseProcess.sample(model, schedule, DiffusionLesson.EVAL_SAMPLES, 2, seed).sample(), reference, 2);
    }

    private static List<Epoch> read(Path table) throws IOException {
        List<Epoch> rows = new ArrayList<>();
        if (!Files.exists(table)) return rows;
        for (String line : Files.readAllLines(table, StandardCharsets.UTF_8)) {
            String[] f = line.split(",");
            if (f.length != 3 || f[0].equals("epoch")) continue;
            try {
                rows.add(new Epoch(Integer.parseInt(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2])));
            } catch (NumberFormatException e) {
                // a line cut short by an interrupted run: the epochs after it are measured again
                break;
            }
        }
        return rows;
    }

    private static void write(Path table, List<Epoch> rows) throws IOException {
        StringBuilder s = new StringBuilder("epoch,loss,chamfer\n");
        for (Epoch e : rows) s.append(line(e));
        Files.writeString(table, s, StandardCharsets.UTF_8);
    }

    private static void append(Path table, Epoch e) {
        try {
            Files.writeString(table, line(e), StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException x) {
            throw new UncheckedIOException("could not write " + table + ": " + x.getMessage(), x);
        }
    }

    private static String line(Epoch e) {
        return String.format(Locale.ROOT, "%d,%.6g,%.6g%n", e.epoch(), e.loss(), e.chamfer());
    }

    /** The run's name, e.g. {@code T50}. */
    public String name() {
        return name;
    }

    /** The trained denoiser. */
    public DenoisingMlp model() {
        return model;
    }

    /** The schedule it was trained with. */
    public NoiseSchedule schedule() {
        return schedule;
    }

    /** Every epoch trained, in order (also those of earlier sessions). */
    public List<Epoch> epochs() {
        return epochs;
    }

    /** Seconds spent training in this session (0 when it was loaded). */
    public double trainingSeconds() {
        return trainingSeconds;
    }

    /** Training steps run in this session (0 when it was loaded). */
    public int stepsRun() {
        return stepsRun;
    }

    /** Whether this session found the run finished and trained nothing. */
    public boolean loaded() {
        return stepsRun == 0;
    }

    /** The last epoch's mean training loss. */
    public double finalLoss() {
        return epochs.isEmpty() ? Double.NaN : epochs.get(epochs.size() - 1).loss();
    }

    /** {@code n} samples from pure noise, every random number from the seed. */
    public ReverseProcess.Trajectory sample(int n, long seed) {
        return ReverseProcess.sample(model, schedule, n, 2, seed);
    }

}
