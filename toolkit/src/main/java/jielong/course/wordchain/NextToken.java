package jielong.course.wordchain;

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
        StringColumn tokens = StringColumn.create(name + " token");
        DoubleColumn probs = DoubleColumn.create(name + " p");
        for (int r = 0; r < k; r++) {
            tokens.append(tokenizer.tokenText(order[r]));
            probs.append(Math.round(p[order[r]] * 10000) / 10000.0);
        }
        t.addColumns(tokens, probs);
    }
}
