package jielong.course.anatomy;

import java.util.List;
import java.util.Map;

import jielong.cost.Memory;
import jielong.cost.Neurons;
import jielong.cost.ParameterCount;
import jielong.cost.Precision;
import jielong.model.GptConfig;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Lesson 01's tables: published counts checked, where parameters live, neurons, and memory. */
public final class CountTables {
    private static final double GB = 1e9;

    private CountTables() {}

    /** Each published model's shape, our count from the shape, the published count, and the error in percent. */
    public static Table published(List<PublishedSize> models) {
        Table t = Table.create("parameter counts: ours vs published");
        StringColumn name = StringColumn.create("model");
        IntColumn layers = IntColumn.create("layers"), width = IntColumn.create("width"), heads = IntColumn.create("heads"),
                context = IntColumn.create("context"), vocab = IntColumn.create("vocabulary");
        LongColumn counted = LongColumn.create("counted"), published = LongColumn.create("published");
        DoubleColumn error = DoubleColumn.create("error (%)");
        for (PublishedSize m : models) {
            GptConfig c = m.config();
            long n = ParameterCount.of(c).total();
            name.append(m.name());
            layers.append(c.nLayer());
            width.append(c.nEmbd());
            heads.append(c.nHead());
            context.append(c.blockSize());
            vocab.append(c.vocabSize());
            counted.append(n);
            published.append(m.parameters());
            error.append(Math.round(10000.0 * (n - m.parameters()) / m.parameters()) / 100.0);
        }
        return t.addColumns(name, layers, width, heads, context, vocab, counted, published, error);
    }

    /** Where the parameters live, one row per model: counts and the share of each component in percent. */
    public static Table components(Map<String, GptConfig> models) {
        Table t = Table.create("where the parameters live");
        StringColumn name = StringColumn.create("model");
        LongColumn emb = LongColumn.create("embeddings"), attn = LongColumn.create("attention"), mlp = LongColumn.create("MLP"),
                norms = LongColumn.create("norms"), total = LongColumn.create("total");
        DoubleColumn embShare = DoubleColumn.create("embeddings (%)"), attnShare = DoubleColumn.create("attention (%)"),
                mlpShare = DoubleColumn.create("MLP (%)");
        models.forEach((n, c) -> {
            ParameterCount p = ParameterCount.of(c);
            name.append(n);
            emb.append(p.embeddings());
            attn.append(p.attention());
            mlp.append(p.mlp());
            norms.append(p.norms());
            total.append(p.total());
            embShare.append(percent(p.embeddings(), p.total()));
            attnShare.append(percent(p.attention(), p.total()));
            mlpShare.append(percent(p.mlp(), p.total()));
        });
        return t.addColumns(name, emb, attn, mlp, norms, total, embShare, attnShare, mlpShare);
    }

    /** Neurons under both of {@link Neurons}' definitions. */
    public static Table neurons(Map<String, GptConfig> models) {
        Table t = Table.create("neurons (outputs of linear layers)");
        StringColumn name = StringColumn.create("model");
        LongColumn hidden = LongColumn.create("MLP hidden units"), outputs = LongColumn.create("all linear outputs"),
                params = LongColumn.create("parameters");
        DoubleColumn perNeuron = DoubleColumn.create("parameters per MLP unit");
        models.forEach((n, c) -> {
            Neurons nr = Neurons.of(c);
            long p = ParameterCount.of(c).total();
            name.append(n);
            hidden.append(nr.mlpHidden());
            outputs.append(nr.linearOutputs());
            params.append(p);
            perNeuron.append(Math.round((double) p / nr.mlpHidden()));
        });
        return t.addColumns(name, hidden, outputs, params, perNeuron);
    }

    /**
     * Memory for the weights alone at 4, 2 and 1 bytes per parameter (fp32, fp16, int8), and for
     * training with AdamW in fp32 (weights, gradients and two moment estimates: 16 bytes each), in GB,
     * as {@link Memory} counts them.
     */
    public static Table memory(Map<String, GptConfig> models) {
        Table t = Table.create("memory (GB = 10⁹ bytes)");
        StringColumn name = StringColumn.create("model");
        DoubleColumn fp32 = DoubleColumn.create("fp32 weights"), fp16 = DoubleColumn.create("fp16 weights"),
                int8 = DoubleColumn.create("int8 weights"), train = DoubleColumn.create("training, AdamW fp32");
        models.forEach((n, c) -> {
            name.append(n);
            fp32.append(gb(Memory.weights(c, Precision.FP32)));
            fp16.append(gb(Memory.weights(c, Precision.FP16)));
            int8.append(gb(Memory.weights(c, Precision.INT8)));
            train.append(gb(Memory.trainingAdamW(c)));
        });
        return t.addColumns(name, fp32, fp16, int8, train);
    }

    private static double percent(long part, long whole) {
        return Math.round(1000.0 * part / whole) / 10.0;
    }

    private static double gb(long bytes) {
        // Three significant figures are plenty, and small models would otherwise round to 0.
        double v = bytes / GB;
        if (v == 0) return 0;
        double scale = Math.pow(10, 2 - Math.floor(Math.log10(v)));
        return Math.round(v * scale) / scale;
    }
}
