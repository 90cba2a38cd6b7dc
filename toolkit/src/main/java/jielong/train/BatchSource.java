package jielong.train;

import java.util.Random;

/**
 * Where batches come from. A batch must depend only on the generator it is given: the trainer
 * seeds one per step, so that a resumed run sees the same batches as an uninterrupted one.
 *
 * @param <B> the kind of batch
 */
@FunctionalInterface
public interface BatchSource<B> {
    /** A batch of {@code batchSize} sequences (or examples) drawn with rng. */
    B sample(Random rng, int batchSize);

    /**
     * How many tokens the batch holds, for the throughput in progress reports; 0 (the default)
     * means it is not a batch of tokens, and the trainer counts examples (the batch size) instead.
     */
    default int tokens(B batch) {
        return 0;
    }
}
