package jielong.course.inference;

import java.nio.file.Path;
import java.util.List;

import jielong.cost.Precision;
import jielong.cost.Sensitivity.Knob;
import jielong.cost.ServingAssumptions;
import jielong.course.Runs;
import jielong.model.GptConfig;

/**
 * The lesson's fixed choices: the essay's figures, the published estimates beside them, one stated
 * set of assumptions for ChatGPT early in 2023 and the range each could plausibly take, and the
 * model shapes and context lengths the measurements run over.
 */
public final class InferenceLesson {
    /** The notebook's name, which names its run folder. */
    public static final String NAME = "15-inference-cost";

    /** The essay's figures: A100 GPUs, servers, and dollars of electricity a day. */
    public static final long ESSAY_GPUS = 30_382, ESSAY_SERVERS = 3_798;
    /** The essay's electricity a day ($). */
    public static final double ESSAY_ELECTRICITY_PER_DAY = 300_000;

    private InferenceLesson() {}

    /** Where the measurements are saved: {@code runs/15-inference-cost/<fast|full>/}. */
    public static Path folder(boolean fast) {
        return Runs.lesson(NAME, fast);
    }

    /** An estimate someone published, in its own terms; zero where it gives no figure. */
    public record Published(String source, double gpus, double servers, double dollarsPerDay, String whatTheDollarsCover) {}

    /** The published estimates the essay's figures most resemble (both February 2023). */
    public static List<Published> published() {
        return List.of(
                new Published("Guosheng Securities (国盛证券), Feb 2023", 30_000, 0, 50_000, "electricity"),
                new Published("SemiAnalysis, Feb 2023", 28_936, 3_617, 700_000, "all costs (hardware, power, operations)"));
    }

    /**
     * One stated set of assumptions for ChatGPT early in 2023: 13 million users a day (the January
     * 2023 figure estimates of the time started from), 10 requests each of 800 tokens read and 200
     * written, traffic at its peak twice its mean; a GPT-3-sized model (175 B parameters; GPT-3.5's
     * size was never published) in fp16; A100 80 GB at half its peaks, 16 conversations decoded
     * together per copy; DGX A100 servers (8 GPUs, 6.5 kW) in a data centre of PUE 1.1 at $0.08/kWh.
     */
    public static ServingAssumptions chatGpt2023() {
        GptConfig gpt3 = GptConfig.gpt3();
        return new ServingAssumptions(13e6, 10, 800, 200, 2, 175_000_000_000L, gpt3.nLayer(), gpt3.nEmbd(), Precision.FP16, Precision.FP16,
                ServingAssumptions.A100_PEAK_FLOPS, ServingAssumptions.A100_BANDWIDTH, ServingAssumptions.A100_MEMORY, 0.5, 16,
                ServingAssumptions.DGX_A100_GPUS, ServingAssumptions.DGX_A100_WATTS, 1.1, 0.08);
    }

    /** Each assumption's plausible low and high value, for the sensitivity study. */
    public static List<Knob<ServingAssumptions>> knobs() {
        return List.of(
                Knob.of("users a day", 6.5e6, "6.5 M", 26e6, "26 M", ServingAssumptions::withDailyUsers),
                Knob.of("requests per user", 5, 20, ServingAssumptions::withRequestsPerUser),
                Knob.of("tokens read per request", 200, 2_000, ServingAssumptions::withPromptTokens),
                Knob.of("tokens written per request", 100, 500, ServingAssumptions::withOutputTokens),
                Knob.of("peak over mean traffic", 1, 3, ServingAssumptions::withPeakToMean),
                Knob.of("parameters", 20e9, "20 B", 350e9, "350 B", ServingAssumptions::withParameters),
                Knob.of("weights' bits", 8, "int8", 16, "fp16", (a, bits) -> a.withWeights(bits <= 8 ? Precision.INT8 : Precision.FP16)),
                Knob.of("share of peak reached", 0.25, "25%", 0.75, "75%", ServingAssumptions::withUtilisation),
                Knob.of("batch (sequences)", 4, 32, ServingAssumptions::withBatch),
                Knob.of("server power", 5_000, "5 kW", 6_500, "6.5 kW", ServingAssumptions::withServerWatts),
                Knob.of("PUE", 1.1, "1.1", 1.6, "1.6", ServingAssumptions::withPue),
                Knob.of("price of power", 0.05, "$0.05/kWh", 0.15, "$0.15/kWh", ServingAssumptions::withPricePerKwh));
    }

    /** Vocabulary of the measured models: 256 tokens (bytes), so that nearly all bytes are the blocks' weights. */
    public static final int VOCAB = 256;

    /**
     * Shapes for decode speed against model size, from about 60 kB to about 900 MB of fp32 weights
     * (fast mode stops at about 115 MB): (layers, width) pairs with context 64.
     */
    public static List<GptConfig> decodeShapes(boolean fast) {
        int[][] full = {{1, 32}, {2, 64}, {2, 128}, {2, 256}, {4, 256}, {4, 384}, {4, 512}, {4, 768}, {4, 1024}, {6, 1280}, {8, 1536}};
        int[][] shapes = fast ? java.util.Arrays.copyOf(full, 8) : full;
        return java.util.Arrays.stream(shapes).map(s -> new GptConfig(VOCAB, 64, s[0], Math.max(1, s[1] / 64), s[1], 0f)).toList();
    }

    /** The model for the KV-cache measurement: 4 layers of width 128 (lesson 04's shape) with a context of 1,024 tokens (512 in fast mode). */
    public static GptConfig kvShape(boolean fast) {
        return new GptConfig(VOCAB, fast ? 512 : 1024, 4, 4, 128, 0f);
    }

    /** Context lengths for the KV-cache measurement: 16, 32, ... up to 8 short of the model's context (room for the timed tokens). */
    public static int[] contexts(boolean fast) {
        int top = kvShape(fast).blockSize() - KV_TIMED_TOKENS;
        java.util.List<Integer> c = new java.util.ArrayList<>();
        for (int t = 16; t < top; t *= 2) c.add(t);
        c.add(top);
        return c.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Tokens timed at each context length with the cache. */
    public static final int KV_TIMED_TOKENS = 8;
}
