package jielong.course.inference;

import java.util.List;

import jielong.cost.ServingAssumptions;
import jielong.cost.ServingEstimate;
import jielong.notebook.Numbers;
import tech.tablesaw.api.Table;

import static jielong.viz.Tables.row;
import static jielong.viz.Tables.table;

/** The lesson's tables, numbers written by {@link Numbers}. */
public final class InferenceTables {
    private InferenceTables() {}

    /** Dollars for people: {@code $47,399}, {@code $1.234 M}. */
    public static String dollars(double d) {
        return Math.abs(d) >= 1e7 ? "$" + Numbers.significant(d / 1e6, 4) + " M" : "$" + Numbers.count(Math.round(d));
    }

    /** The essay's figures checked against each other, at 6.5 kW a server (a DGX A100 at full load) and $0.08/kWh. */
    public static Table essayCheck() {
        long gpus = InferenceLesson.ESSAY_GPUS, servers = InferenceLesson.ESSAY_SERVERS;
        int per = ServingAssumptions.DGX_A100_GPUS;
        double watts = ServingAssumptions.DGX_A100_WATTS;
        double kwh = ServingEstimate.kwhPerDay(servers, watts, 1), pue11 = ServingEstimate.electricityPerDay(servers, watts, 1.1, 0.08);
        double atEight = ServingEstimate.electricityPerDay(servers, watts, 1, 0.08);
        Table t = table("The essay's figures, checked", "step", "worked out", "so");
        row(t, "servers × GPUs each", Numbers.count(servers) + " × " + per + " = " + Numbers.count(servers * per),
                "not " + Numbers.count(gpus) + ": " + Numbers.count(gpus) + " / 8 = " + Numbers.significant(gpus / (double) per, 6)
                        + ": 3,798 servers are 30,382 GPUs only if one of them holds " + (gpus - (servers - 1) * per));
        row(t, "energy a day", Numbers.count(servers) + " × 6.5 kW × 24 h = " + Numbers.count(Math.round(kwh)) + " kWh",
                "every server at its full rated power all day, nothing for cooling (PUE 1)");
        row(t, "electricity a day", Numbers.count(Math.round(kwh)) + " kWh × $0.08 = " + dollars(atEight),
                "with cooling and losses (PUE 1.1): " + dollars(pue11));
        row(t, "the essay's $300,000", "$300,000 / " + dollars(atEight) + " = " + Numbers.significant(InferenceLesson.ESSAY_ELECTRICITY_PER_DAY / atEight, 3) + "×",
                "it would need $" + Numbers.significant(InferenceLesson.ESSAY_ELECTRICITY_PER_DAY / kwh, 3) + "/kWh, or "
                        + Numbers.count(Math.round(InferenceLesson.ESSAY_ELECTRICITY_PER_DAY / atEight * servers)) + " servers: more than electricity");
        return t;
    }

    /** The published estimates beside the essay's figures and the calculator's. */
    public static Table published(ServingEstimate e) {
        Table t = table("Published estimates (February 2023), the essay and this calculator", "source", "GPUs", "servers", "$ a day", "the dollars cover");
        for (InferenceLesson.Published p : InferenceLesson.published()) {
            row(t, p.source(), Numbers.count(Math.round(p.gpus())), p.servers() > 0 ? Numbers.count(Math.round(p.servers())) + " (× 8 = " + Numbers.count(Math.round(p.servers()) * 8) + ")" : "—",
                    "about " + dollars(p.dollarsPerDay()), p.whatTheDollarsCover());
        }
        row(t, "the essay", Numbers.count(InferenceLesson.ESSAY_GPUS), Numbers.count(InferenceLesson.ESSAY_SERVERS), dollars(InferenceLesson.ESSAY_ELECTRICITY_PER_DAY), "electricity, it says");
        row(t, "this calculator", Numbers.count(e.gpus()), Numbers.count(e.servers()), dollars(e.electricityPerDay()), "electricity");
        return t;
    }

    /** Every step of an estimate with its figure, so each can be checked by hand. */
    public static Table estimate(ServingAssumptions a, ServingEstimate e) {
        Table t = table("From assumptions to GPUs and dollars", "quantity", "value", "from");
        row(t, "requests a day", Numbers.significant(e.requestsPerDay(), 3), Numbers.significant(a.dailyUsers(), 3) + " users × " + Numbers.format(a.requestsPerUser()));
        row(t, "tokens a day", Numbers.significant(e.tokensPerDay(), 3), "× (" + Numbers.format(a.promptTokens()) + " read + " + Numbers.format(a.outputTokens()) + " written)");
        row(t, "FLOPs a token", Numbers.significant(e.flopsPerToken(), 3), "2 × " + Numbers.significant(a.parameters(), 3) + " parameters");
        row(t, "FLOPs a day", Numbers.significant(e.flopsPerDay(), 3), "tokens × FLOPs a token");
        row(t, "GPUs if FLOPs were all", Numbers.count(Math.round(e.gpusByFlops())), "FLOPs a day / (86,400 s × " + Numbers.significant(a.gpuPeakFlops(), 3) + " FLOP/s × "
                + Numbers.percent(a.utilisation()) + ") × peak/mean " + Numbers.format(a.peakToMean()));
        row(t, "weights", Numbers.bytes(e.weightBytes()), a.weights() + ", " + a.weights().bits + " bits a parameter");
        row(t, "KV cache a token", Numbers.bytes(e.kvBytesPerToken()), "2 × " + a.layers() + " layers × " + Numbers.count(a.width()) + " wide × " + a.kv().bits / 8 + " bytes");
        row(t, "KV cache a request", Numbers.bytes(e.kvBytesPerSequence()), "× " + Numbers.format(a.promptTokens() + a.outputTokens()) + " tokens");
        row(t, "GPUs a copy of the model", Integer.toString(e.gpusPerCopy()), "(weights + " + a.batch() + " caches) / " + Numbers.bytes(a.gpuMemory()) + ", up to a power of 2");
        row(t, "decode step", Numbers.significant(1e3 * e.decodeStepSeconds(), 3) + " ms", e.memoryBound()
                ? "memory-bound: weights and caches read once at " + Numbers.percent(a.utilisation()) + " of " + Numbers.bytes(a.gpuBandwidth()) + "/s a GPU"
                : "compute-bound: " + a.batch() + " tokens × 2N at " + Numbers.percent(a.utilisation()) + " of peak");
        row(t, "tokens a second a copy", Numbers.significant(e.copyTokensPerSecond(), 3), a.batch() + " sequences / step");
        row(t, "GPUs for the peak", Numbers.count(e.gpus()), "(prefill + decode) GPU-seconds / 86,400 × peak/mean, whole copies");
        row(t, "servers", Numbers.count(e.servers()), "GPUs / " + a.gpusPerServer());
        row(t, "energy a day", Numbers.count(Math.round(e.kwhPerDay())) + " kWh", "servers × " + Numbers.significant(a.serverWatts() / 1e3, 2) + " kW × 24 h × PUE " + Numbers.format(a.pue()));
        row(t, "electricity a day", dollars(e.electricityPerDay()), "× $" + Numbers.format(a.pricePerKwh()) + "/kWh");
        return t;
    }

    /** KV-cache bytes a sequence against context, for the given shapes at their precisions, beside their weights. */
    public static Table kvMemory(List<KvRow> rows, long[] contexts) {
        String[] cols = new String[contexts.length + 3];
        cols[0] = "model";
        cols[1] = "weights";
        cols[2] = "KV a token";
        for (int i = 0; i < contexts.length; i++) cols[i + 3] = Numbers.count(contexts[i]) + " tokens";
        Table t = table("KV cache of one sequence against context", cols);
        for (KvRow r : rows) {
            String[] v = new String[cols.length];
            v[0] = r.name();
            v[1] = Numbers.bytes(r.weightBytes());
            v[2] = Numbers.bytes(r.bytesPerToken());
            for (int i = 0; i < contexts.length; i++) v[i + 3] = Numbers.bytes(r.bytesPerToken() * (double) contexts[i]);
            row(t, v);
        }
        return t;
    }

    /** A model in the KV-memory table: name, weight bytes, KV-cache bytes a token. */
    public record KvRow(String name, double weightBytes, double bytesPerToken) {}
}
