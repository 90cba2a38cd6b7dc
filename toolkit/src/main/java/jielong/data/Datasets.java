package jielong.data;

import com.google.gson.Gson;
import java.util.List;

/**
 * The notebooks' door to data: {@code Datasets.load("tang-quatrains")} gives the prepared text,
 * preparing it on first use; the typed methods give records. Names are those of
 * {@code datasets/manifest.json}; {@code ./jielong datasets list} shows them.
 */
public final class Datasets {
    /** How many pseudo-quatrains replace a poetry corpus that cannot be fetched. */
    public static final int FALLBACK_POEMS = 5_000;
    private static DatasetLibrary library;

    private Datasets() {}

    /** The library behind these methods, created from the checkout on first use. */
    public static synchronized DatasetLibrary library() {
        if (library == null) library = DatasetLibrary.standard();
        return library;
    }

    /** Serves later calls from {@code other}, e.g. one with its own cache folder (tests, classrooms). */
    public static synchronized void use(DatasetLibrary other) {
        library = other;
    }

    /** Every dataset in the manifest, in catalogue order. */
    public static List<DatasetEntry> list() {
        return library().manifest().datasets();
    }

    /** Whether {@code name} is prepared and verified. */
    public static DatasetStatus status(String name) {
        return library().status(name);
    }

    /**
     * The dataset's text. If a poetry corpus cannot be prepared (no npm client, no network, a
     * damaged download), prints why and what to run, and returns generated pseudo-quatrains
     * in the same one-poem-per-line layout so the lesson can go on.
     */
    public static String load(String name) {
        try {
            return library().text(name);
        } catch (DatasetException e) {
            DatasetEntry entry = library().manifest().entry(name);
            if (!entry.source().isPackage() || entry.isRecords()) throw e;
            System.err.println("jielong: " + e.getMessage());
            System.err.println("jielong: using " + FALLBACK_POEMS + " generated pseudo-quatrains instead of "
                    + name + " (random characters in the five-character form: the form is learnable, the poetry is not).");
            return PseudoQuatrains.corpus(1, FALLBACK_POEMS);
        }
    }

    /** The dataset's text, or a {@link DatasetException} saying what to run: no fallback. */
    public static String text(String name) {
        return library().text(name);
    }

    /** The (title, first line) to author records of the real poetry corpus. */
    public static List<PoetFact> poetFacts() {
        Gson gson = new Gson();
        return library().lines(PoetryCorpus.FACTS).stream().map(line -> gson.fromJson(line, PoetFact.class)).toList();
    }

    /** The arithmetic world with the manifest's seed and count. */
    public static List<ArithmeticProblem> arithmetic() {
        Source s = source("arithmetic");
        return Arithmetic.generate(s.seed(), s.count());
    }

    /** The motion word problems with the manifest's seed and count. */
    public static List<MotionProblem> motionProblems() {
        Source s = source("motion-problems");
        return MotionProblems.generate(s.seed(), s.count());
    }

    /** The modular arithmetic tables (p = 97) in the manifest's seeded order. */
    public static List<ModularFact> modular() {
        return ModularArithmetic.table(ModularArithmetic.DEFAULT_PRIME, source("modular").seed());
    }

    /** The fictional fact world with the manifest's seed and number of people. */
    public static FactWorld factWorld() {
        Source s = source("fact-world");
        return FactWorld.generate(s.seed(), s.count());
    }

    /** The biography corpus (skewed mentions, one skewed pronoun) with the manifest's seed and number of people. */
    public static Biographies biographies() {
        Source s = source("fact-biographies");
        return Biographies.generate(s.seed(), s.count());
    }

    /** The preference pairs with the manifest's seed and count. */
    public static List<PreferencePair> preferences() {
        Source s = source("preferences");
        return Preferences.generate(s.seed(), s.count());
    }

    private static Source source(String name) {
        return library().manifest().entry(name).source();
    }
}
