package jielong.cost;

/**
 * A served model's daily cost worked out from {@link ServingAssumptions}, every step kept so each
 * can be checked by hand. Reading the prompt (prefill) costs 2·N FLOPs a token and is bound by
 * compute; writing the answer (decode) takes one step per token for the whole batch, and each step
 * must read every weight and every cached key and value once, so it takes the longer of the memory
 * time and the compute time (the roofline; Pope et al. 2022).
 *
 * @param requestsPerDay       requests a day
 * @param tokensPerDay         tokens read and written a day
 * @param flopsPerToken        2·N, FLOPs of one token's forward pass (attention's share left out)
 * @param flopsPerDay          tokens a day times 2·N (FLOPs)
 * @param weightBytes          bytes of one copy of the weights
 * @param kvBytesPerToken      KV-cache bytes one token of one sequence adds: 2·layers·width numbers
 * @param kvBytesPerSequence   KV-cache bytes of one request at its full length (prompt and answer)
 * @param gpusPerCopy          accelerators one copy of the model spans: weights and the batch's caches must fit,
 *                             rounded up to a power of two because tensor parallelism splits heads evenly
 * @param decodeStepSeconds    one decode step of the batch on one copy (s)
 * @param memoryBound          whether that step is set by memory traffic rather than arithmetic
 * @param copyTokensPerSecond  answer tokens one copy writes a second (the batch over the step time)
 * @param gpuSecondsPerDay     accelerator-seconds a day: prefill plus decode
 * @param gpusByFlops          the FLOPs-only estimate: FLOPs a day over one GPU's achieved FLOPs a day, times peak/mean
 * @param gpus                 accelerators to serve the peak, in whole copies of the model
 * @param servers              servers to hold them
 * @param kwhPerDay            energy a day, the data centre's overhead (PUE) included (kWh)
 * @param electricityPerDay    its price a day ($)
 */
public record ServingEstimate(double requestsPerDay, double tokensPerDay, double flopsPerToken, double flopsPerDay,
                              double weightBytes, double kvBytesPerToken, double kvBytesPerSequence, int gpusPerCopy,
                              double decodeStepSeconds, boolean memoryBound, double copyTokensPerSecond,
                              double gpuSecondsPerDay, double gpusByFlops, long gpus, long servers, double kwhPerDay,
                              double electricityPerDay) {

    /** Seconds in a day. */
    public static final double DAY = 86_400;

    /** The estimate for a set of assumptions. */
    public static ServingEstimate of(ServingAssumptions a) {
        double requests = a.requestsPerDay();
        double promptPerDay = requests * a.promptTokens(), outputPerDay = requests * a.outputTokens();
        double flopsPerToken = 2.0 * a.parameters();
        double weightBytes = a.weights().bytes(a.parameters());
        double kvPerToken = a.kv().bytes(2L * a.layers() * a.width());
        double kvPerSequence = kvPerToken * (a.promptTokens() + a.outputTokens());

        int gpusPerCopy = powerOfTwoAtLeast(Math.ceil((weightBytes + a.batch() * kvPerSequence) / a.gpuMemory()));
        double flopRate = a.gpuPeakFlops() * a.utilisation(), byteRate = a.gpuBandwidth() * a.utilisation();
        // During decode a sequence's cache holds its prompt and, on average, half its answer.
        double bytesPerStep = weightBytes + a.batch() * kvPerToken * (a.promptTokens() + a.outputTokens() / 2);
        double memoryTime = bytesPerStep / (gpusPerCopy * byteRate);
        double computeTime = a.batch() * flopsPerToken / (gpusPerCopy * flopRate);
        double step = Math.max(memoryTime, computeTime);
        double copyTokensPerSecond = a.batch() / step;

        double prefillGpuSeconds = promptPerDay * flopsPerToken / flopRate;
        double decodeGpuSeconds = outputPerDay / copyTokensPerSecond * gpusPerCopy;
        double gpuSeconds = prefillGpuSeconds + decodeGpuSeconds;
        double flopsPerDay = (promptPerDay + outputPerDay) * flopsPerToken;
        double gpusByFlops = flopsPerDay / (DAY * flopRate) * a.peakToMean();

        long copies = (long) Math.ceil(gpuSeconds / DAY * a.peakToMean() / gpusPerCopy);
        long gpus = copies * gpusPerCopy;
        long servers = (gpus + a.gpusPerServer() - 1) / a.gpusPerServer();
        double kwh = kwhPerDay(servers, a.serverWatts(), a.pue());
        return new ServingEstimate(requests, promptPerDay + outputPerDay, flopsPerToken, flopsPerDay, weightBytes, kvPerToken,
                kvPerSequence, gpusPerCopy, step, memoryTime >= computeTime, copyTokensPerSecond, gpuSeconds, gpusByFlops,
                gpus, servers, kwh, kwh * a.pricePerKwh());
    }

    /** Energy a day of {@code servers} servers drawing {@code watts} each, in a data centre of this PUE (kWh). */
    public static double kwhPerDay(double servers, double watts, double pue) {
        if (!(servers >= 0) || !(watts >= 0) || !(pue >= 1)) {
            throw new IllegalArgumentException("servers and watts must be 0 or more and PUE at least 1, got " + servers + ", " + watts + ", " + pue);
        }
        return servers * watts / 1000 * 24 * pue;
    }

    /** Electricity a day of {@code servers} servers drawing {@code watts} each, at a PUE and a price ($/kWh). */
    public static double electricityPerDay(double servers, double watts, double pue, double pricePerKwh) {
        if (!(pricePerKwh >= 0)) throw new IllegalArgumentException("pricePerKwh must be 0 or more $/kWh, got " + pricePerKwh);
        return kwhPerDay(servers, watts, pue) * pricePerKwh;
    }

    private static int powerOfTwoAtLeast(double x) {
        if (x > 1 << 30) throw new IllegalArgumentException("one copy of the model would need " + x + " accelerators; check gpuMemory (bytes)");
        int p = 1;
        while (p < x) p <<= 1;
        return p;
    }
}
