package jielong.course.wordchain;

import jielong.engine.Tensor;
import jielong.lm.LanguageModel;
import jielong.model.ContextWindow;
import jielong.model.Gpt;
import jielong.tokenize.Tokenizer;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** One move of the word-chain game: the probability of every possible next token, as numbers and as a table. */
public final class NextToken {
    private NextToken() {}

    /**
     * A GPT's distribution over the token after {@code prefix}, at temperature 1. A prefix longer
     * than the model's context is cut as generation cuts it ({@link ContextWindow}).
     */
    public static double[] probabilities(Gpt model, int[] prefix) {
        return LanguageModel.of(model).probabilities(prefix);
    }

    /**
     * Cross-entropy on a text, in bits per token: the mean of −log₂ P(token | what came before) over
     * every token but the first, reading the text in windows of the model's context (so a token sees
     * between 1 and blockSize tokens before it, about half a context on average).
     */
    public static double crossEntropyBits(Gpt model, int[] tokens) {
        int block = model.config.blockSize(), windowsPerBatch = 16;
        double nats = 0;
        long predicted = 0;
        try (Tensor.NoGrad g = Tensor.noGrad()) {
            for (int start = 0; start + 1 < tokens.length; ) {
                int t = Math.min(block, tokens.length - 1 - start);
                // Full windows go through in batches; the short last one alone.
                int windows = t < block ? 1 : Math.max(1, Math.min(windowsPerBatch, (tokens.length - 1 - start) / block));
                int[] x = new int[windows * t], y = new int[windows * t];
                for (int w = 0; w < windows; w++) {
                    System.arraycopy(tokens, start + w * t, x, w * t, t);
                    System.arraycopy(tokens, start + w * t + 1, y, w * t, t);
                }
                nats += model.loss(x, y, t, null).item() * (double) x.length;
                predicted += x.length;
                start += windows * t;
            }
        }
        return nats / predicted / Math.log(2);
    }

    /** The k most probable tokens of each distribution, side by side: rank, then token and probability per model. */
    public static Table compare(Tokenizer tokenizer, int k, String nameA, double[] a, String nameB, double[] b) {
        Table t = Table.create("next-token probabilities");
        t.addColumns(IntColumn.create("rank", java.util.stream.IntStream.rangeClosed(1, k).toArray()));
        addTop(t, tokenizer, k, nameA, a);
        addTop(t, tokenizer, k, nameB, b);
        return t;
    }

    /** The k most probable tokens of one distribution. */
    public static Table top(Tokenizer tokenizer, int k, String name, double[] p) {
        Table t = Table.create(name + ": next-token probabilities");
        t.addColumns(IntColumn.create("rank", java.util.stream.IntStream.rangeClosed(1, k).toArray()));
        addTop(t, tokenizer, k, name, p);
        return t;
    }

    /** Token ids sorted by falling probability (lower id first on ties). */
    public static int[] ranking(double[] p) {
        return java.util.stream.IntStream.range(0, p.length).boxed()
                .sorted((i, j) -> p[i] != p[j] ? Double.compare(p[j], p[i]) : Integer.compare(i, j))
                .mapToInt(Integer::intValue).toArray();
    }

    /** Entropy of a distribution in bits: how many yes/no questions the next token is worth. */
    public static double entropyBits(double[] p) {
        double h = 0;
        for (double x : p) if (x > 0) h -= x * Math.log(x);
        return h / Math.log(2);
    }

    private static void addTop(Table t, Tokenizer tokenizer, int k, String name, double[] p) {
        int[] order = ranking(p);
        StringColumn tokens = StringColumn.create(name + ": next");
        DoubleColumn probs = DoubleColumn.create(name + ": probability");
        for (int r = 0; r < k; r++) {
            tokens.append(tokenizer.tokenText(order[r]));
            probs.append(p[order[r]]);
        }
        t.addColumns(tokens, probs);
    }
}
