package jielong.train;

import java.util.List;
import java.util.Random;

/**
 * Preference pairs as training examples: for each prompt a chosen and a rejected completion, each
 * written as an {@link Examples.Example} (the prompt, then the completion as its answer part). A
 * batch draws pairs at random, with replacement; a reward model and DPO both train on it.
 */
public final class Comparisons implements BatchSource<Comparisons.Batch> {
    /** Pairs drawn for one step: {@code chosen[i]} is preferred to {@code rejected[i]}. */
    public record Batch(Examples.Example[] chosen, Examples.Example[] rejected) {
        /** Number of pairs. */
        public int size() {
            return chosen.length;
        }
    }

    private final List<Examples.Example> chosen, rejected;

    /** Pair i is {@code chosen.get(i)} preferred to {@code rejected.get(i)}; both fit a context of {@code contextLength}. */
    public Comparisons(List<Examples.Example> chosen, List<Examples.Example> rejected, int contextLength) {
        if (chosen.size() != rejected.size()) {
            throw new IllegalArgumentException("every pair needs a chosen and a rejected completion: got " + chosen.size()
                    + " chosen and " + rejected.size() + " rejected");
        }
        Examples.checkFit(chosen, contextLength);
        Examples.checkFit(rejected, contextLength);
        this.chosen = List.copyOf(chosen);
        this.rejected = List.copyOf(rejected);
    }

    /** Number of pairs. */
    public int size() {
        return chosen.size();
    }

    /** Every pair, in order, as one batch (for scoring a held-out set). */
    public Batch all() {
        return new Batch(chosen.toArray(Examples.Example[]::new), rejected.toArray(Examples.Example[]::new));
    }

    @Override
    public Batch sample(Random rng, int batchSize) {
        Examples.Example[] c = new Examples.Example[batchSize], r = new Examples.Example[batchSize];
        for (int b = 0; b < batchSize; b++) {
            int i = rng.nextInt(chosen.size());
            c[b] = chosen.get(i);
            r[b] = rejected.get(i);
        }
        return new Batch(c, r);
    }

    /** Tokens of both sides of the pairs. */
    @Override
    public int tokens(Batch batch) {
        int n = 0;
        for (int i = 0; i < batch.size(); i++) n += batch.chosen()[i].tokens().length + batch.rejected()[i].tokens().length;
        return n;
    }
}
