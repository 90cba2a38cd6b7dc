package jielong.course.inference;

import java.util.List;

import jielong.cost.Machine;
import jielong.cost.Sensitivity;
import jielong.notebook.Numbers;
import jielong.viz.LinePlot;
import jielong.viz.Plot;
import jielong.viz.Tornado;
import org.knowm.xchart.style.Styler.LegendPosition;

/** The lesson's charts: titles, axes with units, legends, log axes where sizes span powers of ten. */
public final class InferencePlots {
    private InferencePlots() {}

    /** Milliseconds per new token against context length, with and without the KV cache (log-log). */
    public static LinePlot kvCache(List<Measurements.KvPoint> points) {
        double[] t = points.stream().mapToDouble(Measurements.KvPoint::context).toArray();
        return legend(Plot.line("One new token, with and without the KV cache").axes("tokens already in the context", "time per new token (ms)")
                .points("without the cache (whole window again)", t, points.stream().mapToDouble(p -> 1e3 * p.uncachedSeconds()).toArray())
                .points("with the cache (one position)", t, points.stream().mapToDouble(p -> 1e3 * p.cachedSeconds()).toArray())
                .logX().logY(), LegendPosition.InsideNW);
    }

    /** Tokens a second against model bytes: the toolkit's decoder, one pass over the weights, and the bound from the triad bandwidth. */
    public static LinePlot decodeSpeed(List<Measurements.DecodePoint> points) {
        double[] b = points.stream().mapToDouble(Measurements.DecodePoint::bytes).toArray();
        return legend(Plot.line("Single-stream decoding against model size (1 thread, fp32)").axes("model weights (bytes)", "tokens per second")
                .points("bound: triad bandwidth / model bytes", b, points.stream().mapToDouble(Measurements.DecodePoint::boundTokensPerSecond).toArray())
                .points("reading every weight once (matrix-vector products)", b, points.stream().mapToDouble(Measurements.DecodePoint::weightPassTokensPerSecond).toArray())
                .points("the toolkit's GPT with its KV cache", b, points.stream().mapToDouble(Measurements.DecodePoint::gptTokensPerSecond).toArray())
                .logX().logY(), LegendPosition.InsideSW);
    }

    /**
     * Bytes a second against working-set bytes: the triad, the weight pass and the GPT's decoding
     * (model bytes × tokens/s), with the machine's cache sizes as vertical lines: the knees.
     */
    public static LinePlot bandwidth(List<Measurements.DecodePoint> points, Machine machine) {
        double[] b = points.stream().mapToDouble(Measurements.DecodePoint::bytes).toArray();
        double[] triad = points.stream().mapToDouble(p -> p.triadBytesPerSecond() / 1e9).toArray();
        double[] pass = points.stream().mapToDouble(p -> p.bytes() / p.weightPassSeconds() / 1e9).toArray();
        double[] gpt = points.stream().mapToDouble(p -> p.bytes() / p.gptSeconds() / 1e9).toArray();
        double lo = Math.min(min(gpt), Math.min(min(pass), min(triad))), hi = Math.max(max(triad), max(pass));
        LinePlot plot = Plot.line("Bandwidth reached against bytes read (1 thread)").axes("bytes read per pass (model weights, or the triad's arrays)", "GB/s")
                .points("triad a[i] = b[i] + s·c[i]", b, triad)
                .points("reading every weight once", b, pass)
                .points("the toolkit's GPT decoding", b, gpt);
        for (Machine.Cache c : machine.caches()) {
            if (c.bytes() < b[0] || c.bytes() > b[b.length - 1]) continue;
            plot.series("L" + c.level() + " cache, " + Numbers.bytes(c.bytes()), new double[] {c.bytes(), c.bytes()}, new double[] {lo, hi});
        }
        return legend(plot.logX().logY(), LegendPosition.OutsideS);
    }

    /** KV-cache bytes against context for GPT-3 in fp16, one sequence and a batch, beside its weights (log-log). */
    public static LinePlot kvMemory(double bytesPerToken, double weightBytes, int batch, long maxContext) {
        int n = 0;
        for (long t = 1; t <= maxContext; t *= 2) n++;
        double[] x = new double[n], one = new double[n], many = new double[n], w = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 1L << i;
            one[i] = bytesPerToken * x[i];
            many[i] = batch * one[i];
            w[i] = weightBytes;
        }
        return legend(Plot.line("GPT-3's KV cache (fp16) against context").axes("tokens in the context", "bytes")
                .series("weights (fp16)", x, w)
                .points("KV cache, " + batch + " sequences", x, many)
                .points("KV cache, one sequence", x, one)
                .logX().logY(), LegendPosition.InsideNW);
    }

    /** Which assumption moves the day's electricity bill most. */
    public static Tornado tornado(Sensitivity.Result result) {
        return Plot.tornado("Which assumption moves the electricity bill most", "electricity a day ($, log scale)", result,
                v -> v >= 1e6 ? "$" + Numbers.significant(v / 1e6, 2) + "M" : "$" + Numbers.significant(v / 1e3, 2) + "k");
    }

    /** Puts the legend where the lines leave room, so the plot keeps the chart's width. */
    private static LinePlot legend(LinePlot plot, LegendPosition where) {
        plot.chart().getStyler().setLegendPosition(where);
        return plot;
    }

    private static double min(double[] v) {
        return java.util.Arrays.stream(v).min().orElse(1);
    }

    private static double max(double[] v) {
        return java.util.Arrays.stream(v).max().orElse(1);
    }
}
