package jielong.cost;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.ToDoubleFunction;

/**
 * Which assumption moves an answer most: each {@link Knob} is set to its low and its high value
 * with every other assumption at its base, and the knobs are ranked by the factor between the two
 * answers, the largest first (the data of a tornado chart, {@code Plot.tornado}). Works for any
 * assumptions type and any positive answer.
 */
public final class Sensitivity {
    private Sensitivity() {}

    /**
     * One assumption to vary: its name, a low and a high value (in its own unit) with the words to
     * show them, and how to make assumptions with it set.
     */
    public record Knob<T>(String name, double low, String lowText, double high, String highText, BiFunction<T, Double, T> set) {
        public Knob {
            if (name == null || name.isBlank()) throw new IllegalArgumentException("a knob needs a name");
            if (!Double.isFinite(low) || !Double.isFinite(high)) throw new IllegalArgumentException("knob " + name + ": low and high must be finite, got " + low + ", " + high);
            if (set == null) throw new IllegalArgumentException("knob " + name + ": say how to set it (e.g. ServingAssumptions::withBatch)");
        }

        /** A knob whose values are shown as plain numbers. */
        public static <T> Knob<T> of(String name, double low, double high, BiFunction<T, Double, T> set) {
            return new Knob<>(name, low, jielong.notebook.Numbers.format(low), high, jielong.notebook.Numbers.format(high), set);
        }

        /** A knob whose values are shown in words of one's own ("20 B", "fp16"). */
        public static <T> Knob<T> of(String name, double low, String lowText, double high, String highText, BiFunction<T, Double, T> set) {
            return new Knob<>(name, low, lowText, high, highText, set);
        }
    }

    /**
     * The answer with one knob at its low and at its high value.
     *
     * @param name      the knob's name
     * @param lowText   the knob's low setting, in words
     * @param highText  its high setting, in words
     * @param atLow     the answer with the knob low
     * @param atHigh    the answer with the knob high
     */
    public record Swing(String name, String lowText, String highText, double atLow, double atHigh) {
        /** How far the answer moves: |atHigh − atLow|. */
        public double width() {
            return Math.abs(atHigh - atLow);
        }

        /** The larger over the smaller answer (∞ if the smaller is 0): the factor this knob's range spans. */
        public double ratio() {
            double lo = Math.min(atLow, atHigh), hi = Math.max(atLow, atHigh);
            return lo > 0 ? hi / lo : Double.POSITIVE_INFINITY;
        }
    }

    /** The answer at the base assumptions and each knob's swing, widest first. */
    public record Result(double base, List<Swing> swings) {}

    /** Moves each knob alone from the base assumptions and ranks the swings of {@code answer}, the largest factor first. */
    public static <T> Result of(T base, ToDoubleFunction<T> answer, List<Knob<T>> knobs) {
        if (knobs == null || knobs.isEmpty()) throw new IllegalArgumentException("give at least one knob to vary");
        double at = answer.applyAsDouble(base);
        List<Swing> swings = new ArrayList<>();
        for (Knob<T> k : knobs) {
            double lo = answer.applyAsDouble(k.set().apply(base, k.low()));
            double hi = answer.applyAsDouble(k.set().apply(base, k.high()));
            if (!Double.isFinite(lo) || !Double.isFinite(hi)) {
                throw new IllegalArgumentException("knob " + k.name() + " gives an answer of " + lo + " and " + hi + "; keep its range where the answer is finite");
            }
            swings.add(new Swing(k.name(), k.lowText(), k.highText(), lo, hi));
        }
        swings.sort(Comparator.comparingDouble((Swing s) -> Math.log(s.ratio())).reversed());
        return new Result(at, List.copyOf(swings));
    }
}
