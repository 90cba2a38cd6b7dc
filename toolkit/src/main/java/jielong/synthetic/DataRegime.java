package jielong.synthetic;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * How each generation's training data is chosen once models write it: {@code replace} trains
 * generation t on the previous generation's samples only (Shumailov et al. 2024), {@code
 * accumulate} on the real data and every generation's samples so far (Gerstgrasser et al. 2024),
 * {@code keepReal(p)} on a share p of real data (a fresh random subset each generation) topped
 * up with the previous generation's samples to the real data's size.
 *
 * @param kind      which of the three
 * @param realShare for {@link Kind#KEEP_REAL}, the share of each training set that is real, in (0, 1); else 0
 */
public record DataRegime(Kind kind, double realShare) {
    /** The three regimes. */
    public enum Kind { REPLACE, ACCUMULATE, KEEP_REAL }

    public DataRegime {
        if (kind == null) throw new IllegalArgumentException("a data regime needs a kind: replace, accumulate or keepReal");
        if (kind == Kind.KEEP_REAL ? !(realShare > 0 && realShare < 1) : realShare != 0) {
            throw new IllegalArgumentException("the real share must be in (0, 1) for keepReal and 0 otherwise, got " + realShare + " for " + kind);
        }
    }

    /** Each generation trains on the previous one's samples only. */
    public static DataRegime replace() {
        return new DataRegime(Kind.REPLACE, 0);
    }

    /** Each generation trains on the real data plus every earlier generation's samples. */
    public static DataRegime accumulate() {
        return new DataRegime(Kind.ACCUMULATE, 0);
    }

    /** Each generation trains on {@code share} real data and 1 − share samples of the previous generation. */
    public static DataRegime keepReal(double share) {
        return new DataRegime(Kind.KEEP_REAL, share);
    }

    /**
     * Generation t's training data (t ≥ 1): from the real data, the samples of generations 0 to t−1
     * ({@code produced}, oldest first) and {@code rng} (for the real subset of keepReal).
     */
    public <T> List<T> trainingData(List<T> real, List<List<T>> produced, Random rng) {
        if (produced.isEmpty()) throw new IllegalArgumentException("generation 0 trains on the real data; trainingData is for generation 1 on");
        List<T> latest = produced.get(produced.size() - 1);
        switch (kind) {
            case REPLACE:
                return latest;
            case ACCUMULATE: {
                List<T> all = new ArrayList<>(real);
                for (List<T> p : produced) all.addAll(p);
                return all;
            }
            default: {
                int keep = (int) Math.round(realShare * real.size());
                List<T> shuffled = new ArrayList<>(real);
                Collections.shuffle(shuffled, rng);
                List<T> mix = new ArrayList<>(shuffled.subList(0, keep));
                mix.addAll(latest.subList(0, Math.min(latest.size(), real.size() - keep)));
                return mix;
            }
        }
    }

    /** "replace", "accumulate" or "keep 10% real". */
    @Override
    public String toString() {
        return switch (kind) {
            case REPLACE -> "replace";
            case ACCUMULATE -> "accumulate";
            case KEEP_REAL -> "keep " + Math.round(realShare * 100) + "% real";
        };
    }
}
