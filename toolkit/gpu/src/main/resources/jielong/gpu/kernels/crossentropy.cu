// Softmax cross-entropy over rows of logits, one warp per row.

// probs = softmax(logits row); losses[r] = log Σ exp − logit[target], the row's loss in nats.
extern "C" __global__ void crossentropy_fwd(const float* logits, const int* targets, float* probs,
                                            float* losses, int m, int v) {
    int row = blockIdx.x * (blockDim.x / WARP) + threadIdx.x / WARP, lane = threadIdx.x % WARP;
    if (row >= m) return;
    const float* lr = logits + (long)row * v;
    float* pr = probs + (long)row * v;
    float mx = -3.402823466e38f;
    for (int j = lane; j < v; j += WARP) mx = fmaxf(mx, lr[j]);
    mx = warp_max(mx);
    float s = 0.0f;
    for (int j = lane; j < v; j += WARP) { float e = expf(lr[j] - mx); pr[j] = e; s += e; }
    s = warp_sum(s);
    float inv = 1.0f / s;
    for (int j = lane; j < v; j += WARP) pr[j] *= inv;
    if (lane == 0) losses[row] = logf(s) + mx - lr[targets[row]];
}

// dlogits += g·(probs − one-hot(target)), g = d(loss)/d(mean) / rows.
extern "C" __global__ void crossentropy_bwd(const float* probs, const int* targets, float* dlogits,
                                            long m, int v, float g) {
    FOR_EACH(i, m * v) {
        long r = i / v;
        int j = i % v;
        dlogits[i] += g * (probs[i] - (j == targets[r] ? 1.0f : 0.0f));
    }
}
