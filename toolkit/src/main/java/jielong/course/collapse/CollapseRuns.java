package jielong.course.collapse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jielong.course.Runs;
import jielong.notebook.ProgressBar;
import jielong.synthetic.DataRegime;
import jielong.synthetic.Generations;
import jielong.synthetic.Generations.Generation;

/**
 * Lesson 19's runs on disk: each generational run is one tab-separated file under {@code
 * runs/19-model-collapse/<fast|full>/}, a line per generation (its numbers and the poems it wrote
 * first), headed by a line that names the run's settings. A rerun with the same settings loads the
 * file instead of running again; other settings run again and replace it.
 */
public final class CollapseRuns {
    /** The notebook's name, its run folder's name. */
    public static final String LESSON = "19-model-collapse";

    private CollapseRuns() {}

    /** The file of run {@code name}. */
    public static Path file(String name, boolean fast) {
        return Runs.lesson(LESSON, fast).resolve(name + ".tsv");
    }

    /**
     * The run's generations: loaded from its file if that was written with the same {@code settings}
     * (a description of the model and data, with the regime, generations and seed added here), else
     * run now with a progress bar and saved. Named like the course's other {@code loadOrTrain}
     * methods: a cell that calls one shows progress only on the run that trains.
     */
    public static <M> List<Generation<int[]>> loadOrTrain(String name, String settings, boolean fast, Poems poems,
            Generations<int[], M> loop, DataRegime regime, int generations, long seed) {
        return loadOrTrain(file(name, fast), name, settings, poems, loop, regime, generations, seed);
    }

    /** {@link #loadOrTrain(String, String, boolean, Poems, Generations, DataRegime, int, long)} with the file given. */
    public static <M> List<Generation<int[]>> loadOrTrain(Path file, String name, String settings, Poems poems,
            Generations<int[], M> loop, DataRegime regime, int generations, long seed) {
        String header = "# " + settings + "; regime " + regime + "; " + generations + " generations; " + poems.real().size()
                + " real poems; seed " + seed;
        List<Generation<int[]>> saved = load(file, header, poems);
        if (saved != null) return saved;
        ProgressBar bar = ProgressBar.start(name + " (" + regime + "), generations", generations);
        List<Generation<int[]>> run = loop.run(poems.real(), generations, regime, seed, g -> bar.update(g.index() + 1, generations));
        bar.done();
        save(file, header, run, poems);
        return run;
    }

    private static List<Generation<int[]>> load(Path file, String header, Poems poems) {
        if (!Files.exists(file)) return null;
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.size() < 2 || !lines.get(0).equals(header)) return null; // other settings: run again
            String[] names = lines.get(1).split("\t");
            List<Generation<int[]>> out = new ArrayList<>();
            for (String line : lines.subList(2, lines.size())) {
                String[] f = line.split("\t", -1);
                if (f.length != names.length) return null; // cut short: run again
                Map<String, Double> metrics = new LinkedHashMap<>();
                for (int i = 2; i < names.length - 1; i++) metrics.put(names[i], Double.parseDouble(f[i]));
                List<int[]> examples = new ArrayList<>();
                for (String poem : f[names.length - 1].split("\\|", -1)) examples.add(poems.tokenizer().encode(poem));
                out.add(new Generation<>(Integer.parseInt(f[0]), Integer.parseInt(f[1]), metrics, examples));
            }
            return out.isEmpty() ? null : out;
        } catch (IOException | RuntimeException e) {
            return null; // unreadable: the run is cheap to repeat
        }
    }

    private static void save(Path file, String header, List<Generation<int[]>> run, Poems poems) {
        StringBuilder s = new StringBuilder(header).append('\n').append("generation\ttraining items");
        for (String m : run.get(0).metrics().keySet()) s.append('\t').append(m);
        s.append("\texamples\n");
        for (Generation<int[]> g : run) {
            s.append(g.index()).append('\t').append(g.trainingSize());
            for (double v : g.metrics().values()) s.append('\t').append(v);
            s.append('\t');
            for (int i = 0; i < g.examples().size(); i++) s.append(i == 0 ? "" : "|").append(poems.text(g.examples().get(i)).replace("\t", " ").replace("|", " "));
            s.append('\n');
        }
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, s, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not save the run to " + file + " (" + e.getMessage() + "); check that the folder is writable", e);
        }
    }
}
