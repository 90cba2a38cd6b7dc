package jielong.course.collapse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jielong.generate.Generator;
import jielong.generate.Sampling;
import jielong.lm.NGramModel;
import jielong.model.Gpt;
import jielong.synthetic.Diversity;
import jielong.synthetic.Generations;
import jielong.synthetic.TailMass;
import jielong.train.TokenData;
import jielong.train.TrainConfig;
import jielong.train.Trainer;

/**
 * Models that write poems, for the generational loop: an n-gram model (counted in a second; the
 * many-generation runs) and a tiny GPT (trained from scratch each generation; a few generations).
 * Each generation writes as many poems as the real data holds, each started after a newline and
 * ended at the next one (or after {@link #MAX_POEM} characters), and is measured by {@link #measure}.
 */
public final class PoemModels {
    /** The longest poem a model may write, in characters (a quatrain has 24). */
    public static final int MAX_POEM = 32;
    /** The GPT writes at most this many characters a poem (a quatrain and its newline, and one more). */
    public static final int GPT_POEM = 26;
    /** The add-alpha smoothing under which an n-gram generation is scored on real poems (it samples unsmoothed). */
    public static final double SCORING_ALPHA = 0.01;
    /** The tail: the rarest characters that make up this share of the real poems. */
    public static final double TAIL_SHARE = 0.1;

    private PoemModels() {}

    /** The names of the numbers each generation gets, in order, with their units. */
    public static final String LOSS = "loss on real poems (nats/char)", DISTINCT2 = "distinct-2", TAIL = "rare-character mass",
            CHARACTERS = "distinct characters", TAIL_KEPT = "rare characters still written", LENGTH = "mean poem length (chars)";

    /**
     * The n-gram loop at a sampling temperature. The model is the maximum-likelihood count table, so
     * it writes only n-grams it has seen (as a Gaussian fit has only its mean and spread); it is
     * scored with add-{@value #SCORING_ALPHA} smoothing so that a real poem's unseen pair costs a
     * finite number of nats.
     */
    public static Generations<int[], NGramModel> ngram(Poems poems, int order, double temperature) {
        int[] start = {poems.newline()};
        boolean[] tail = tail(poems);
        return new Generations<>(
                (data, t) -> NGramModel.fit(poems.stream(data), poems.vocabSize(), order, 0),
                (m, n, seed) -> trim(Arrays.asList(m.sample(start, n, MAX_POEM, poems.newline(), temperature, seed)), poems.newline()),
                (m, produced, t) -> measure(ngramLoss(m.withAlpha(SCORING_ALPHA), poems), produced, tail));
    }

    /** Mean nats per character of the held-out real poems (each read after a newline, its closing newline predicted too). */
    public static double ngramLoss(NGramModel m, Poems poems) {
        int[] stream = poems.stream(poems.heldOut());
        double nats = 0;
        int k = m.order() - 1;
        for (int i = 1; i < stream.length; i++) {
            nats -= Math.log(m.probability(Arrays.copyOfRange(stream, Math.max(0, i - k), i), stream[i]));
        }
        return nats / (stream.length - 1);
    }

    /**
     * A generation's fine-tuning: {@code steps} steps of 8 windows at a learning rate of 1e-3, from
     * lesson 04's pre-trained weights each time.
     */
    public static TrainConfig gptTraining(int steps) {
        return TrainConfig.defaults().withIters(steps).withBatchSize(8).withLearningRate(1e-3f).withWarmup(Math.max(1, steps / 20))
                .withWeightDecay(0.1f).withEval(steps, 8).withCheckpointEvery(0).withSeed(19);
    }

    /**
     * The GPT loop, as Shumailov et al. ran theirs: each generation starts from the same pre-trained
     * model ({@code base} gives a fresh copy), is fine-tuned on its data for {@code steps} steps and
     * writes its poems at {@code temperature}.
     */
    public static Generations<int[], Gpt> gpt(Poems poems, Supplier<Gpt> base, int steps, double temperature) {
        boolean[] tail = tail(poems);
        TokenData heldOut = new TokenData(poems.stream(poems.heldOut()));
        TrainConfig training = gptTraining(steps);
        return new Generations<>(
                (data, t) -> {
                    Trainer trainer = new Trainer(base.get(), new TokenData(poems.stream(data)), heldOut, training);
                    trainer.run();
                    return trainer.model();
                },
                (g, n, seed) -> {
                    Generator writer = new Generator(g);
                    List<int[]> out = new ArrayList<>(n);
                    int[] start = {poems.newline()};
                    for (int i = 0; i < n; i++) {
                        out.add(writer.generate(start, GPT_POEM, Sampling.temperature((float) temperature), Generations.seedOf(seed, i), null));
                    }
                    return trim(out, poems.newline());
                },
                (g, produced, t) -> measure(gptLoss(g, heldOut, training), produced, tail));
    }

    /** The GPT's mean loss on fixed windows of the held-out poems, in nats per character. */
    public static double gptLoss(Gpt g, TokenData heldOut, TrainConfig training) {
        return new Trainer(g, heldOut, heldOut, training.withEval(1, 16)).evaluate(heldOut);
    }

    /** The rare characters: those that together make {@value #TAIL_SHARE} of the real poems. */
    public static boolean[] tail(Poems poems) {
        return TailMass.rare(TailMass.counts(poems.real(), poems.vocabSize()), TAIL_SHARE);
    }

    /** The numbers of one generation: its loss on real poems and the diversity and tail of the poems it wrote. */
    public static Map<String, Double> measure(double loss, List<int[]> produced, boolean[] tail) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put(LOSS, loss);
        m.put(DISTINCT2, Diversity.distinctN(produced, 2));
        m.put(TAIL, TailMass.of(produced, tail));
        m.put(CHARACTERS, (double) Diversity.distinctCount(produced, 1));
        m.put(TAIL_KEPT, TailMass.typesPresent(produced, tail));
        m.put(LENGTH, produced.stream().mapToInt(p -> p.length).average().orElse(0));
        return m;
    }

    /** The same numbers for the real poems themselves (loss is NaN: it belongs to a model). */
    public static Map<String, Double> measureReal(Poems poems) {
        return measure(Double.NaN, poems.real(), tail(poems));
    }

    /** Drops the newline that ends each poem. */
    private static List<int[]> trim(List<int[]> written, int newline) {
        List<int[]> out = new ArrayList<>(written.size());
        for (int[] w : written) {
            int end = w.length;
            for (int i = 0; i < w.length; i++) if (w[i] == newline) { end = i; break; }
            out.add(end == w.length ? w : Arrays.copyOf(w, end));
        }
        return out;
    }
}
