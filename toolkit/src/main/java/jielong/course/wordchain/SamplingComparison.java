package jielong.course.wordchain;

import java.util.ArrayList;
import java.util.List;

import jielong.generate.Generator;
import jielong.generate.Sampling;
import jielong.tokenize.Tokenizer;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Plays the word-chain game many times under each sampling rule and measures the results:
 * distinct 1- and 2-grams across all samples, repetition within a sample, and the longest stretch
 * a sample writes twice. Sample s of every rule uses seed {@code seed + s}, so rules meet the same luck.
 */
public final class SamplingComparison {
    private SamplingComparison() {}

    /** One rule's samples. */
    public record Samples(Sampling rule, List<String> texts) {}

    /** {@code count} continuations of {@code length} tokens of the prompt under each rule. */
    public static List<Samples> run(Generator generator, Tokenizer tokenizer, String prompt, List<Sampling> rules,
                                    int count, int length, long seed) {
        List<Samples> out = new ArrayList<>();
        int[] promptIds = tokenizer.encode(prompt);
        for (Sampling rule : rules) {
            List<String> texts = new ArrayList<>();
            for (int s = 0; s < count; s++) texts.add(tokenizer.decode(generator.generate(promptIds, length, rule, seed + s, null)));
            out.add(new Samples(rule, texts));
        }
        return out;
    }

    /** The measures, one row per rule (the longest repeat averaged over its samples), with its first sample as an example. */
    public static Table table(List<Samples> results) {
        StringColumn rule = StringColumn.create("sampling rule"), example = StringColumn.create("first sample");
        DoubleColumn d1 = DoubleColumn.create("distinct-1"), d2 = DoubleColumn.create("distinct-2"),
                rep = DoubleColumn.create("repeated 4-grams (share)"), loops = DoubleColumn.create("longest repeat (characters)");
        for (Samples r : results) {
            rule.append(r.rule().toString());
            d1.append(Diversity.distinct(r.texts(), 1));
            d2.append(Diversity.distinct(r.texts(), 2));
            rep.append(r.texts().stream().mapToDouble(t -> Diversity.repetition(t, 4)).average().orElse(0));
            loops.append(r.texts().stream().map(Diversity::longestRepeat).mapToInt(t -> t.codePointCount(0, t.length())).average().orElse(0));
            example.append(r.texts().get(0).replace("\n", "⏎"));
        }
        return Table.create("sampling rules compared").addColumns(rule, d1, d2, rep, loops, example);
    }
}
