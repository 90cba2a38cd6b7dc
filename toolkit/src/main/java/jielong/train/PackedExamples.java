package jielong.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Prompt-answer examples laid end to end into rows of up to a context's length, the loss on every
 * answer of a row (each example's prompt, and the padding after the row, count for nothing). A
 * model trained so reads earlier problems before each one, as it will in a few-shot prompt, and
 * every position of its context is trained; short examples no longer leave most of a batch padding.
 */
public final class PackedExamples implements BatchSource<Examples.Batch> {
    private final List<Examples.Example> examples;
    private final int contextLength;

    /** Examples packed into rows of at most {@code contextLength} inputs ({@code contextLength} + 1 tokens). */
    public PackedExamples(List<Examples.Example> examples, int contextLength) {
        if (examples.isEmpty()) throw new IllegalArgumentException("no examples to train on");
        if (contextLength < 1) throw new IllegalArgumentException("the context must hold at least one token, got " + contextLength);
        Examples.checkFit(examples, contextLength);
        this.examples = List.copyOf(examples);
        this.contextLength = contextLength;
    }

    /**
     * batchSize rows, each filled with examples drawn at random (with replacement) until the next
     * drawn one would not fit; that one is put back, so a row holds at least one whole example.
     */
    @Override
    public Examples.Batch sample(Random rng, int batchSize) {
        List<List<Examples.Example>> rows = new ArrayList<>(batchSize);
        for (int b = 0; b < batchSize; b++) {
            List<Examples.Example> row = new ArrayList<>();
            int length = 0;
            while (true) {
                Examples.Example e = examples.get(rng.nextInt(examples.size()));
                if (!row.isEmpty() && length + e.tokens().length > contextLength + 1) break;
                row.add(e);
                length += e.tokens().length;
            }
            rows.add(row);
        }
        return pack(rows);
    }

    /**
     * Rows of examples as one padded batch: each row's examples end to end, inputs and next-token
     * targets, weight 1 on every target that is an answer token of its example.
     */
    public static Examples.Batch pack(List<List<Examples.Example>> rows) {
        if (rows.isEmpty()) throw new IllegalArgumentException("give at least one row to pack");
        int[][] tokens = new int[rows.size()][];
        boolean[][] answer = new boolean[rows.size()][];
        int t = 1;
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).isEmpty()) throw new IllegalArgumentException("row " + r + " holds no example");
            int n = rows.get(r).stream().mapToInt(e -> e.tokens().length).sum();
            tokens[r] = new int[n];
            answer[r] = new boolean[n];
            int at = 0;
            for (Examples.Example e : rows.get(r)) {
                System.arraycopy(e.tokens(), 0, tokens[r], at, e.tokens().length);
                Arrays.fill(answer[r], at + e.answerStart(), at + e.tokens().length, true);
                at += e.tokens().length;
            }
            t = Math.max(t, n - 1);
        }
        int[] x = new int[rows.size() * t], y = new int[rows.size() * t];
        float[] w = new float[rows.size() * t];
        Arrays.fill(x, Examples.PAD);
        Arrays.fill(y, Examples.PAD);
        for (int r = 0; r < rows.size(); r++) {
            for (int i = 0; i + 1 < tokens[r].length; i++) {
                x[r * t + i] = tokens[r][i];
                y[r * t + i] = tokens[r][i + 1];
                w[r * t + i] = answer[r][i + 1] ? 1f : 0f; // the target at i is token i + 1
            }
        }
        return new Examples.Batch(x, y, w, t);
    }

    /** Positions the model computes, padding included. */
    @Override
    public int tokens(Examples.Batch batch) {
        return batch.x().length;
    }

    /** Number of examples rows are drawn from. */
    public int size() {
        return examples.size();
    }

    /** The longest row, in inputs. */
    public int contextLength() {
        return contextLength;
    }
}
