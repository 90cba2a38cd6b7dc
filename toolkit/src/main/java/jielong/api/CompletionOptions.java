package jielong.api;

import java.util.List;

/**
 * How to continue a prompt.
 *
 * @param temperature divides the logits before sampling; 0 means always the likeliest token (greedy)
 * @param maxTokens   the most tokens to write (the completion may stop earlier at a stop sequence)
 * @param stop        sequences that end the completion as soon as it writes one (not included in the text)
 * @param seed        the seed of the sampler's draws: the same seed gives the same text
 */
public record CompletionOptions(double temperature, int maxTokens, List<String> stop, long seed) {
    /** The most stop sequences one call may give (as in the common completions APIs). */
    public static final int MAX_STOP_SEQUENCES = 4;

    public CompletionOptions {
        if (!(temperature >= 0) || Double.isInfinite(temperature)) {
            throw new IllegalArgumentException("temperature must be 0 (greedy) or a positive number, got " + temperature);
        }
        if (maxTokens < 1) throw new IllegalArgumentException("max tokens must be at least 1, got " + maxTokens);
        if (stop == null) stop = List.of();
        if (stop.size() > MAX_STOP_SEQUENCES) {
            throw new IllegalArgumentException("at most " + MAX_STOP_SEQUENCES + " stop sequences, got " + stop.size());
        }
        for (String s : stop) {
            if (s == null || s.isEmpty()) throw new IllegalArgumentException("a stop sequence must not be empty: " + stop);
        }
        stop = List.copyOf(stop);
    }

    /** Greedy, at most 32 tokens, stopping at the end of the line: one answer in the course's Q/A format. */
    public static CompletionOptions answer() {
        return new CompletionOptions(0, 32, List.of("\n"), 0);
    }

    public CompletionOptions withTemperature(double t) {
        return new CompletionOptions(t, maxTokens, stop, seed);
    }

    public CompletionOptions withMaxTokens(int n) {
        return new CompletionOptions(temperature, n, stop, seed);
    }

    public CompletionOptions withStop(String... sequences) {
        return new CompletionOptions(temperature, maxTokens, List.of(sequences), seed);
    }

    public CompletionOptions withSeed(long s) {
        return new CompletionOptions(temperature, maxTokens, stop, s);
    }
}
