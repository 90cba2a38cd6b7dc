package jielong.course.whitebox;

import java.util.List;
import java.util.Map;

import jielong.course.attention.AttentionMaps;
import jielong.engine.Ops;
import jielong.engine.Tensor;
import jielong.model.Gpt;
import jielong.model.Trace;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * What each head of the poetry GPT is for, two ways: where it looks (lesson 03's named places,
 * averaged over held-out windows) and what is lost without it (the rise in held-out loss when the
 * trace zeroes the head's output).
 */
public final class HeadRoles {
    /** A named place counts as a head's job when it takes at least this share of its weight. */
    public static final double CLEAR_SHARE = 0.3;

    private HeadRoles() {}

    /** Mean next-token loss on the windows, nats per token, with a trace (null: the model as it is). */
    public static double loss(Gpt model, PoemWindows windows, Trace trace) {
        try (Tensor.NoGrad g = Tensor.noGrad()) {
            return Ops.crossEntropy(model.forward(windows.tokens(), windows.t(), trace), windows.next()).item();
        }
    }

    /** One row per head: its share of weight on each named place (percent), its clearest job, and the loss rise without it. */
    public static Table of(Gpt model, PoemWindows windows) {
        Map<String, AttentionMaps.Pattern> patterns = AttentionMaps.namedPatterns();
        int layers = model.config.nLayer(), heads = model.config.nHead(), t = windows.t();
        double[][][] share = new double[layers][heads][patterns.size()];
        for (int w = 0; w < windows.windows(); w++) {
            int[] ids = java.util.Arrays.copyOfRange(windows.tokens(), w * t, (w + 1) * t);
            List<String> labels = windows.chars().subList(w * t, (w + 1) * t);
            AttentionMaps maps = AttentionMaps.of(model, ids, labels);
            for (int l = 0; l < layers; l++) for (int h = 0; h < heads; h++) {
                int k = 0;
                for (AttentionMaps.Pattern p : patterns.values()) {
                    double s = maps.share(l, h, p);
                    share[l][h][k++] += Double.isNaN(s) ? 0 : s / windows.windows();
                }
            }
        }
        double base = loss(model, windows, null);
        Table table = Table.create("what each head does: where it looks (% of its weight) and what removing it costs");
        IntColumn layer = IntColumn.create("layer"), head = IntColumn.create("head");
        table.addColumns(layer, head);
        for (String name : patterns.keySet()) table.addColumns(DoubleColumn.create(name));
        StringColumn job = StringColumn.create("its job");
        DoubleColumn rise = DoubleColumn.create("loss rise without it (nats)");
        for (int l = 0; l < layers; l++) for (int h = 0; h < heads; h++) {
            layer.append(l);
            head.append(h);
            int k = 0, best = 0;
            for (String name : patterns.keySet()) {
                table.doubleColumn(name).append(100 * share[l][h][k]);
                if (share[l][h][k] > share[l][h][best]) best = k;
                k++;
            }
            job.append(share[l][h][best] >= CLEAR_SHARE ? List.copyOf(patterns.keySet()).get(best) : "spread (mixes what others gathered)");
            rise.append(loss(model, windows, Trace.ablate("h." + l + ".attn.head." + h)) - base);
        }
        return table.addColumns(job, rise);
    }
}
