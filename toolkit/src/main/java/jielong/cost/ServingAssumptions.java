package jielong.cost;

/**
 * What an estimate of a served model's daily cost rests on, every number stated: the demand, the
 * model, the accelerator, the server and the price of power. {@link ServingEstimate#of} turns them
 * into GPUs, servers, energy and money a day; each {@code with...} method returns a copy with one
 * assumption changed, so a sensitivity study ({@link Sensitivity}) can move one at a time.
 *
 * @param dailyUsers      people using the service in a day (users/day)
 * @param requestsPerUser requests each of them sends in a day
 * @param promptTokens    tokens the model reads per request (prompt and conversation so far)
 * @param outputTokens    tokens it writes per request
 * @param peakToMean      busiest hour's traffic over the day's mean: the fleet is sized for the peak (≥ 1)
 * @param parameters      the model's parameters N; one token's forward pass costs about 2·N FLOPs
 * @param layers          transformer blocks, for the KV cache
 * @param width           width of the residual stream, for the KV cache
 * @param weights         precision the weights are stored in
 * @param kv              precision of the KV cache
 * @param gpuPeakFlops    one accelerator's peak at that precision (FLOP/s)
 * @param gpuBandwidth    one accelerator's peak memory bandwidth (bytes/s)
 * @param gpuMemory       one accelerator's memory (bytes)
 * @param utilisation     the share of peak FLOP/s and of peak bandwidth a real server reaches, in (0, 1]
 * @param batch           sequences one copy of the model decodes together (each needs its own KV cache)
 * @param gpusPerServer   accelerators in one server
 * @param serverWatts     one server's power draw under load (W)
 * @param pue             power usage effectiveness: the data centre's draw over the servers' (≥ 1; cooling, losses)
 * @param pricePerKwh     price of electricity ($/kWh)
 */
public record ServingAssumptions(double dailyUsers, double requestsPerUser, double promptTokens, double outputTokens,
                                 double peakToMean, long parameters, int layers, int width, Precision weights, Precision kv,
                                 double gpuPeakFlops, double gpuBandwidth, double gpuMemory, double utilisation, int batch,
                                 int gpusPerServer, double serverWatts, double pue, double pricePerKwh) {

    /** NVIDIA A100 SXM 80 GB: 312 TFLOP/s dense fp16/bf16, 2.039 TB/s, 80 GB (the datasheet's figures). */
    public static final double A100_PEAK_FLOPS = 312e12, A100_BANDWIDTH = 2.039e12, A100_MEMORY = 80e9;
    /** NVIDIA DGX A100: 8 A100s, 6.5 kW at most (the datasheet's system power). */
    public static final int DGX_A100_GPUS = 8;
    /** The DGX A100's maximum system power, W. */
    public static final double DGX_A100_WATTS = 6_500;

    public ServingAssumptions {
        positive("dailyUsers", dailyUsers);
        positive("requestsPerUser", requestsPerUser);
        if (!(promptTokens >= 0)) throw bad("promptTokens must be 0 or more tokens a request, got " + promptTokens);
        positive("outputTokens", outputTokens);
        if (!(peakToMean >= 1)) throw bad("peakToMean is the busiest hour over the mean, at least 1, got " + peakToMean);
        if (parameters < 1 || layers < 1 || width < 1) {
            throw bad("parameters, layers and width must be positive, got " + parameters + ", " + layers + ", " + width);
        }
        if (weights == null || kv == null) throw bad("say the precision of the weights and of the KV cache (Precision.FP16, ...)");
        positive("gpuPeakFlops", gpuPeakFlops);
        positive("gpuBandwidth", gpuBandwidth);
        positive("gpuMemory", gpuMemory);
        if (!(utilisation > 0 && utilisation <= 1)) throw bad("utilisation is a share of the peak, in (0, 1], got " + utilisation);
        if (batch < 1) throw bad("batch must be at least 1 sequence, got " + batch);
        if (gpusPerServer < 1) throw bad("gpusPerServer must be at least 1, got " + gpusPerServer);
        positive("serverWatts", serverWatts);
        if (!(pue >= 1)) throw bad("PUE is the data centre's power over the servers', at least 1, got " + pue);
        if (!(pricePerKwh >= 0)) throw bad("pricePerKwh must be 0 or more $/kWh, got " + pricePerKwh);
    }

    private static void positive(String name, double v) {
        if (!(v > 0) || Double.isInfinite(v)) throw bad(name + " must be a positive finite number, got " + v);
    }

    private static IllegalArgumentException bad(String message) {
        return new IllegalArgumentException(message);
    }

    /** Requests a day: users times requests each. */
    public double requestsPerDay() {
        return dailyUsers * requestsPerUser;
    }

    public ServingAssumptions withDailyUsers(double v) {
        return new ServingAssumptions(v, requestsPerUser, promptTokens, outputTokens, peakToMean, parameters, layers, width, weights, kv, gpuPeakFlops, gpuBandwidth, gpuMemory, utilisation, batch, gpusPerServer, serverWatts, pue, pricePerKwh);
    }

    public ServingAssumptions withRequestsPerUser(double v) {
        return new ServingAssumptions(dailyUsers, v, promptTokens, outputTokens, peakToMean, parameters, layers, width, weights, kv, gpuPeakFlops, gpuBandwidth, gpuMemory, utilisation, batch, gpusPerServer, serverWatts, pue, pricePerKwh);
    }

    public ServingAssumptions withPromptTokens(double v) {
        return new ServingAssumptions(dailyUsers, requestsPerUser, v, outputTokens, peakToMean, parameters, layers, width, weights, kv, gpuPeakFlops, gpuBandwidth, gpuMemory, utilisation, batch, gpusPerServer, serverWatts, pue, pricePerKwh);
    }

    public ServingAssumptions withOutputTokens(double v) {
        return new ServingAssumptions(dailyUsers, requestsPerUser, promptTokens, v, peakToMean, parameters, layers, width, weights, kv, gpuPeakFlops, gpuBandwidth, gpuMemory, utilisation, batch, gpusPerServer, serverWatts, pue, pricePerKwh);
    }

    public ServingAssumptions withPeakToMean(double v) {
        return new ServingAssumptions(dailyUsers, requestsPerUser, promptTokens, outputTokens, v, parameters, layers, width, weights, kv, gpuPeakFlops, gpuBandwidth, gpuMemory, utilisation, batch, gpusPerServer, serverWatts, pue, pricePerKwh);
    }

    /** A model of another size with the same shape's proportions: layers and width scale as N^(1/3) each. */
    public ServingAssumptions withParameters(double n) {
        double s = Math.cbrt(n / parameters);
        return new ServingAssumptions(dailyUsers, requestsPerUser, promptTokens, outputTokens, peakToMean, Math.round(n),
                Math.max(1, (int) Math.round(layers * s)), Math.max(1, (int) Math.round(width * s)), weights, kv, gpuPeakFlops, gpuBandwidth, gpuMemory, utilisation, batch, gpusPerServer, serverWatts, pue, pricePerKwh);
    }

    public ServingAssumptions withWeights(Precision p) {
        return new ServingAssumptions(dailyUsers, requestsPerUser, promptTokens, outputTokens, peakToMean, parameters, layers, width, p, kv, gpuPeakFlops, gpuBandwidth, gpuMemory, utilisation, batch, gpusPerServer, serverWatts, pue, pricePerKwh);
    }

    public ServingAssumptions withKv(Precision p) {
        return new ServingAssumptions(dailyUsers, requestsPerUser, promptTokens, outputTokens, peakToMean, parameters, layers, width, weights, p, gpuPeakFlops, gpuBandwidth, gpuMemory, utilisation, batch, gpusPerServer, serverWatts, pue, pricePerKwh);
    }

    public ServingAssumptions withGpuPeakFlops(double v) {
        return new ServingAssumptions(dailyUsers, requestsPerUser, promptTokens, outputTokens, peakToMean, parameters, layers, width, weights, kv, v, gpuBandwidth, gpuMemory, utilisation, batch, gpusPerServer, serverWatts, pue, pricePerKwh);
    }

    public ServingAssumptions withGpuBandwidth(double v) {
        return new ServingAssumptions(dailyUsers, requestsPerUser, promptTokens, outputTokens, peakToMean, parameters, layers, width, weights, kv, gpuPeakFlops, v, gpuMemory, utilisation, batch, gpusPerServer, serverWatts, pue, pricePerKwh);
    }

    public ServingAssumptions withGpuMemory(double v) {
        return new ServingAssumptions(dailyUsers, requestsPerUser, promptTokens, outputTokens, peakToMean, parameters, layers, width, weights, kv, gpuPeakFlops, gpuBandwidth, v, utilisation, batch, gpusPerServer, serverWatts, pue, pricePerKwh);
    }

    public ServingAssumptions withUtilisation(double v) {
        return new ServingAssumptions(dailyUsers, requestsPerUser, promptTokens, outputTokens, peakToMean, parameters, layers, width, weights, kv, gpuPeakFlops, gpuBandwidth, gpuMemory, v, batch, gpusPerServer, serverWatts, pue, pricePerKwh);
    }

    public ServingAssumptions withBatch(double v) {
        return new ServingAssumptions(dailyUsers, requestsPerUser, promptTokens, outputTokens, peakToMean, parameters, layers, width, weights, kv, gpuPeakFlops, gpuBandwidth, gpuMemory, utilisation, (int) Math.round(v), gpusPerServer, serverWatts, pue, pricePerKwh);
    }

    public ServingAssumptions withGpusPerServer(double v) {
        return new ServingAssumptions(dailyUsers, requestsPerUser, promptTokens, outputTokens, peakToMean, parameters, layers, width, weights, kv, gpuPeakFlops, gpuBandwidth, gpuMemory, utilisation, batch, (int) Math.round(v), serverWatts, pue, pricePerKwh);
    }

    public ServingAssumptions withServerWatts(double v) {
        return new ServingAssumptions(dailyUsers, requestsPerUser, promptTokens, outputTokens, peakToMean, parameters, layers, width, weights, kv, gpuPeakFlops, gpuBandwidth, gpuMemory, utilisation, batch, gpusPerServer, v, pue, pricePerKwh);
    }

    public ServingAssumptions withPue(double v) {
        return new ServingAssumptions(dailyUsers, requestsPerUser, promptTokens, outputTokens, peakToMean, parameters, layers, width, weights, kv, gpuPeakFlops, gpuBandwidth, gpuMemory, utilisation, batch, gpusPerServer, serverWatts, v, pricePerKwh);
    }

    public ServingAssumptions withPricePerKwh(double v) {
        return new ServingAssumptions(dailyUsers, requestsPerUser, promptTokens, outputTokens, peakToMean, parameters, layers, width, weights, kv, gpuPeakFlops, gpuBandwidth, gpuMemory, utilisation, batch, gpusPerServer, serverWatts, pue, v);
    }
}
