// Elementwise ops: the residual add, GELU, dropout's mask, gradient scaling and sums of squares.

extern "C" __global__ void add_fwd(const float* a, const float* b, float* y, long n) {
    FOR_EACH(i, n) y[i] = a[i] + b[i];
}

// dst += src: every backward step that passes a gradient through unchanged.
extern "C" __global__ void accumulate(float* dst, const float* src, long n) {
    FOR_EACH(i, n) dst[i] += src[i];
}

// GELU with the tanh approximation, as GPT-2 and the CPU engine use it.
#define GELU_C 0.7978845608028654f
extern "C" __global__ void gelu_fwd(const float* x, float* y, long n) {
    FOR_EACH(i, n) {
        float v = x[i];
        y[i] = 0.5f * v * (1.0f + tanhf(GELU_C * (v + 0.044715f * v * v * v)));
    }
}

extern "C" __global__ void gelu_bwd(const float* x, const float* dy, float* dx, long n) {
    FOR_EACH(i, n) {
        float v = x[i];
        float t = tanhf(GELU_C * (v + 0.044715f * v * v * v));
        float dt = (1.0f - t * t) * GELU_C * (1.0f + 3.0f * 0.044715f * v * v);
        dx[i] += dy[i] * (0.5f * (1.0f + t) + 0.5f * v * dt);
    }
}

// y = x·mask (dropout forward); with acc = 1, y += x·mask (its backward).
extern "C" __global__ void mul(const float* x, const float* mask, float* y, long n, int acc) {
    FOR_EACH(i, n) y[i] = (acc ? y[i] : 0.0f) + x[i] * mask[i];
}

extern "C" __global__ void scale(float* x, float f, long n) {
    FOR_EACH(i, n) x[i] *= f;
}

// *out += Σ x²: each block sums its share in float pairs, then one double atomic per block.
extern "C" __global__ void sum_squares(const float* x, long n, double* out) {
    __shared__ float part[32];
    float s = 0.0f;
    FOR_EACH(i, n) s += x[i] * x[i];
    s = warp_sum(s);
    int lane = threadIdx.x % WARP, warp = threadIdx.x / WARP;
    if (lane == 0) part[warp] = s;
    __syncthreads();
    if (warp == 0) {
        s = lane < blockDim.x / WARP ? part[lane] : 0.0f;
        s = warp_sum(s);
        if (lane == 0) atomicAdd(out, (double)s);
    }
}

// *out += Σ x, the same way (the mean loss over rows).
extern "C" __global__ void sum_all(const float* x, long n, double* out) {
    __shared__ float part[32];
    float s = 0.0f;
    FOR_EACH(i, n) s += x[i];
    s = warp_sum(s);
    int lane = threadIdx.x % WARP, warp = threadIdx.x / WARP;
    if (lane == 0) part[warp] = s;
    __syncthreads();
    if (warp == 0) {
        s = lane < blockDim.x / WARP ? part[lane] : 0.0f;
        s = warp_sum(s);
        if (lane == 0) atomicAdd(out, (double)s);
    }
}
