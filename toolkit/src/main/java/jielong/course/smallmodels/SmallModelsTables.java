package jielong.course.smallmodels;

import java.util.List;

import jielong.notebook.Numbers;
import tech.tablesaw.api.Table;

import static jielong.viz.Tables.row;
import static jielong.viz.Tables.table;

/** The lesson's tables, numbers written by {@link Numbers}. */
public final class SmallModelsTables {
    private SmallModelsTables() {}

    /** Models side by side: size, bytes, held-out loss and perplexity, change in loss against the first row, decoding speed. */
    public static Table models(String title, List<Variant> rows) {
        Table t = table(title, "model", "parameters", "bits / weight", "size", "held-out loss (nats/char)", "perplexity", "Δ loss vs first row", "decode (tokens/s)");
        double base = rows.get(0).loss();
        for (Variant v : rows) {
            row(t, v.name(), Numbers.count(v.parameters()), String.valueOf(v.bitsPerWeight()), Numbers.bytes(v.bytes()), Numbers.significant(v.loss(), 4),
                    Numbers.significant(v.perplexity(), 4), v == rows.get(0) ? "" : signed(v.loss() - base),
                    Double.isNaN(v.tokensPerSecond()) ? "" : Numbers.count(Math.round(v.tokensPerSecond())));
        }
        return t;
    }

    /** The matrix-vector products: size, fp32 time and rate of reading weights, and how many times faster int8 and int4 are. */
    public static Table matVec(List<Speed.MatVec> rows) {
        Table t = table("x·W for one token: fp32 against int8 and int4 weights (best of the repeats)", "W", "fp32 weights", "fp32 time",
                "fp32 reads weights at", "int8 time", "int8 speed-up", "int4 time", "int4 speed-up");
        for (Speed.MatVec m : rows) {
            row(t, Numbers.count(m.rows()) + " × " + Numbers.count(m.cols()), Numbers.bytes(m.fp32Bytes()), ms(m.fp32Ms()),
                    Numbers.bytes(m.fp32BytesPerSecond()) + "/s", ms(m.int8Ms()), "× " + Numbers.significant(m.int8Speedup(), 3),
                    ms(m.int4Ms()), "× " + Numbers.significant(m.int4Speedup(), 3));
        }
        return t;
    }

    static String ms(double ms) {
        return ms >= 1 ? Numbers.significant(ms, 3) + " ms" : Numbers.significant(ms * 1e3, 3) + " µs";
    }

    static String signed(double x) {
        return (x >= 0 ? "+" : "−") + Numbers.significant(Math.abs(x), 3);
    }
}
