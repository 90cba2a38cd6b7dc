package jielong.synthetic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * The generational loop of model collapse, for any model: generation 0 is fitted on the real data;
 * each generation then writes as many samples as there are real items, and generation t+1 is
 * fitted on data the {@link DataRegime} chooses from the real data and those samples. Every
 * generation is measured as soon as it has written its samples. The same seed gives the same run.
 *
 * @param <T> one item of data: a number, a poem's tokens
 * @param <M> the fitted model
 */
public final class Generations<T, M> {
    /** Items of each generation's samples kept in its {@link Generation} record, to show. */
    public static final int EXAMPLES = 8;

    /** Fits a model to data. */
    @FunctionalInterface
    public interface Fit<T, M> {
        M fit(List<T> data, int generation);
    }

    /** Draws {@code count} items from a model; the same seed gives the same items. */
    @FunctionalInterface
    public interface Draw<T, M> {
        List<T> sample(M model, int count, long seed);
    }

    /** Named numbers about one generation: its model and the samples it wrote. */
    @FunctionalInterface
    public interface Measure<T, M> {
        Map<String, Double> measure(M model, List<T> produced, int generation);
    }

    /**
     * One generation's record.
     *
     * @param index        0 for the model fitted on real data
     * @param trainingSize items it was fitted on
     * @param metrics      what {@link Measure} said, in its order
     * @param examples     the first {@link #EXAMPLES} items it wrote
     */
    public record Generation<T>(int index, int trainingSize, Map<String, Double> metrics, List<T> examples) {
        /** One metric, or a clear message naming those there are. */
        public double metric(String name) {
            Double v = metrics.get(name);
            if (v == null) throw new IllegalArgumentException("no metric '" + name + "' in generation " + index + "; there are " + metrics.keySet());
            return v;
        }
    }

    private final Fit<T, M> fit;
    private final Draw<T, M> draw;
    private final Measure<T, M> measure;

    /** A loop over this fit, sample and measure. */
    public Generations(Fit<T, M> fit, Draw<T, M> draw, Measure<T, M> measure) {
        this.fit = fit;
        this.draw = draw;
        this.measure = measure;
    }

    /** Runs generations 0 to {@code generations − 1} under {@code regime}; {@code onGeneration} (may be null) hears each as it ends. */
    public List<Generation<T>> run(List<T> real, int generations, DataRegime regime, long seed, Consumer<Generation<T>> onGeneration) {
        if (real.isEmpty()) throw new IllegalArgumentException("the loop needs real data to start from; got none");
        if (generations < 1) throw new IllegalArgumentException("run at least 1 generation (0 is the model fitted on real data), got " + generations);
        List<Generation<T>> out = new ArrayList<>();
        List<List<T>> produced = new ArrayList<>();
        Random mixing = new Random(seedOf(seed, -1));
        List<T> data = real;
        for (int t = 0; t < generations; t++) {
            if (t > 0) data = regime.trainingData(real, produced, mixing);
            M model = fit.fit(data, t);
            List<T> samples = draw.sample(model, real.size(), seedOf(seed, t));
            if (samples.size() != real.size()) {
                throw new IllegalStateException("the sampler returned " + samples.size() + " items for " + real.size() + " asked (generation " + t + ")");
            }
            if (regime.kind() != DataRegime.Kind.ACCUMULATE) produced.clear(); // only the latest is needed
            produced.add(samples);
            Generation<T> g = new Generation<>(t, data.size(), new LinkedHashMap<>(measure.measure(model, samples, t)),
                    List.copyOf(samples.subList(0, Math.min(EXAMPLES, samples.size()))));
            out.add(g);
            if (onGeneration != null) onGeneration.accept(g);
        }
        return out;
    }

    /**
     * Generation t's sampling seed: the run's seed and t mixed (SplitMix64's finaliser), since
     * java.util.Random's first draws from neighbouring seeds are correlated.
     */
    public static long seedOf(long seed, int generation) {
        long z = seed * 0x9E3779B97F4A7C15L + (generation + 1) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
