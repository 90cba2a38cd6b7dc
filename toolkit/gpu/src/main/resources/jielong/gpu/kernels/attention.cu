// Causal self-attention around batched matrix products (as llm.c does it): qkv[B, T, 3, H, d]
// is split into q, k, v [B, H, T, d] so every head is one contiguous matrix; the products
// S = q·kᵀ, y = P·v and their gradients are strided batched gemms over B·H; between them the
// kernels below do the causal softmax and its backward, one warp per row of P.

// dst[b, h, t, :] = src[b, t, off + h·d + :] for the heads of one of q, k or v (row stride ld).
extern "C" __global__ void heads_split(const float* src, float* dst, int b, int t, int h, int d,
                                       int ld, int off) {
    long n = (long)b * h * t * d;
    FOR_EACH(i, n) {
        int k = i % d;
        long r = i / d;
        int tt = r % t; r /= t;
        int hh = r % h;
        long bb = r / h;
        dst[i] = src[(bb * t + tt) * ld + off + hh * d + k];
    }
}

// The inverse: dst[b, t, off + h·d + :] (+)= src[b, h, t, :]; acc = 1 adds (gradients).
extern "C" __global__ void heads_merge(const float* src, float* dst, int b, int t, int h, int d,
                                       int ld, int off, int acc) {
    long n = (long)b * h * t * d;
    FOR_EACH(i, n) {
        int k = i % d;
        long r = i / d;
        int tt = r % t; r /= t;
        int hh = r % h;
        long bb = r / h;
        long j = (bb * t + tt) * ld + off + hh * d + k;
        dst[j] = (acc ? dst[j] : 0.0f) + src[i];
    }
}

// In place on rows of T scores (already scaled by 1/√d): row i of each T×T block keeps the
// softmax of its first i+1 entries, and the future (j > i) gets weight 0.
extern "C" __global__ void causal_softmax(float* p, long rows, int t) {
    long row = blockIdx.x * (long)(blockDim.x / WARP) + threadIdx.x / WARP;
    int lane = threadIdx.x % WARP;
    if (row >= rows) return;
    int len = (int)(row % t) + 1;
    float* pr = p + row * t;
    float mx = -3.402823466e38f;
    for (int j = lane; j < len; j += WARP) mx = fmaxf(mx, pr[j]);
    mx = warp_max(mx);
    float s = 0.0f;
    for (int j = lane; j < len; j += WARP) { float e = expf(pr[j] - mx); pr[j] = e; s += e; }
    float inv = 1.0f / warp_sum(s);
    for (int j = lane; j < t; j += WARP) pr[j] = j < len ? pr[j] * inv : 0.0f;
}

// dS = P ⊙ (dP − Σ_j P·dP)·scale, in place in dp; zero above the diagonal.
extern "C" __global__ void causal_softmax_bwd(const float* p, float* dp, long rows, int t, float scale) {
    long row = blockIdx.x * (long)(blockDim.x / WARP) + threadIdx.x / WARP;
    int lane = threadIdx.x % WARP;
    if (row >= rows) return;
    int len = (int)(row % t) + 1;
    const float* pr = p + row * t;
    float* dr = dp + row * t;
    float dot = 0.0f;
    for (int j = lane; j < len; j += WARP) dot += pr[j] * dr[j];
    dot = warp_sum(dot);
    for (int j = lane; j < t; j += WARP) dr[j] = j < len ? pr[j] * (dr[j] - dot) * scale : 0.0f;
}

// One new position with a KV cache (generation): one block per head, one thread per cached
// position for the scores, then the threads share out the weighted sum of values.
extern "C" __global__ void attention_step(const float* qkv, float* kc, float* vc, float* y, int pos,
                                          int c, int d, float scale) {
    extern __shared__ float w[]; // pos + 1 weights
    int h = blockIdx.x, off = h * d;
    for (int k = threadIdx.x; k < d; k += blockDim.x) { // this position's key and value into the cache
        kc[(long)pos * c + off + k] = qkv[c + off + k];
        vc[(long)pos * c + off + k] = qkv[2 * c + off + k];
    }
    __syncthreads();
    for (int s = threadIdx.x; s <= pos; s += blockDim.x) {
        float dot = 0.0f;
        for (int k = 0; k < d; k++) dot += qkv[off + k] * kc[(long)s * c + off + k];
        w[s] = dot * scale;
    }
    __syncthreads();
    if (threadIdx.x < WARP) { // one warp normalises
        float mx = -3.402823466e38f;
        for (int s = threadIdx.x; s <= pos; s += WARP) mx = fmaxf(mx, w[s]);
        mx = warp_max(mx);
        float sum = 0.0f;
        for (int s = threadIdx.x; s <= pos; s += WARP) { float e = expf(w[s] - mx); w[s] = e; sum += e; }
        sum = warp_sum(sum);
        for (int s = threadIdx.x; s <= pos; s += WARP) w[s] /= sum;
    }
    __syncthreads();
    for (int k = threadIdx.x; k < d; k += blockDim.x) {
        float acc = 0.0f;
        for (int s = 0; s <= pos; s++) acc += w[s] * vc[(long)s * c + off + k];
        y[off + k] = acc;
    }
}
