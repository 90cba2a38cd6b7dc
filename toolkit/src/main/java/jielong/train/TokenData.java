package jielong.train;

import java.util.Arrays;
import java.util.Random;

/** A long run of token ids from which training batches of random windows are cut. */
public final class TokenData {
    private final int[] tokens;

    public TokenData(int[] tokens) {
        this.tokens = tokens;
    }

    /** Inputs x and their next-token targets y, each batch·t ids laid end to end. */
    public record Batch(int[] x, int[] y, int t) {
        public int batchSize() {
            return x.length / t;
        }
    }

    /** Number of tokens. */
    public int size() {
        return tokens.length;
    }

    /** The ids themselves (not a copy). */
    public int[] tokens() {
        return tokens;
    }

    /** The first {@code fraction} of the tokens (for training); the rest is {@link #tail}. */
    public TokenData head(double fraction) {
        return new TokenData(Arrays.copyOfRange(tokens, 0, (int) (tokens.length * fraction)));
    }

    /** The last 1 − {@code fraction} of the tokens (for validation). */
    public TokenData tail(double fraction) {
        return new TokenData(Arrays.copyOfRange(tokens, (int) (tokens.length * fraction), tokens.length));
    }

    /** batch windows of t tokens at random starts, each with the same window shifted by one as targets. */
    public Batch sample(Random rng, int batch, int t) {
        if (tokens.length < t + 1) {
            throw new IllegalArgumentException("the text has " + tokens.length + " tokens, too few for windows of "
                    + t + " + 1: use a longer text or a smaller --block");
        }
        int[] x = new int[batch * t], y = new int[batch * t];
        for (int b = 0; b < batch; b++) {
            int start = rng.nextInt(tokens.length - t);
            System.arraycopy(tokens, start, x, b * t, t);
            System.arraycopy(tokens, start + 1, y, b * t, t);
        }
        return new Batch(x, y, t);
    }
}
