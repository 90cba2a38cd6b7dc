// Layer norm fused into one pass per row: one warp per row, statistics by warp shuffles.

extern "C" __global__ void layernorm_fwd(const float* x, const float* g, const float* b, float* y,
                                         float* mean, float* rstd, int m, int c, float eps) {
    int row = blockIdx.x * (blockDim.x / WARP) + threadIdx.x / WARP, lane = threadIdx.x % WARP;
    if (row >= m) return;
    const float* xr = x + (long)row * c;
    float s = 0.0f;
    for (int i = lane; i < c; i += WARP) s += xr[i];
    float mu = warp_sum(s) / c;
    float v = 0.0f; // the variance from a second pass: the row is in cache, and it avoids cancellation
    for (int i = lane; i < c; i += WARP) { float d = xr[i] - mu; v += d * d; }
    float rs = rsqrtf(warp_sum(v) / c + eps);
    float* yr = y + (long)row * c;
    for (int i = lane; i < c; i += WARP) yr[i] = (xr[i] - mu) * rs * g[i] + b[i];
    if (lane == 0) { mean[row] = mu; rstd[row] = rs; }
}

// dx += rstd·(dx̂ − mean(dx̂) − x̂·mean(dx̂·x̂)) with dx̂ = dy·g, one warp per row.
extern "C" __global__ void layernorm_bwd(const float* x, const float* dy, const float* g,
                                         const float* mean, const float* rstd, float* dx, int m, int c) {
    int row = blockIdx.x * (blockDim.x / WARP) + threadIdx.x / WARP, lane = threadIdx.x % WARP;
    if (row >= m) return;
    const float* xr = x + (long)row * c;
    const float* dyr = dy + (long)row * c;
    float mu = mean[row], rs = rstd[row];
    float sd = 0.0f, sdx = 0.0f;
    for (int i = lane; i < c; i += WARP) {
        float d = dyr[i] * g[i];
        sd += d;
        sdx += d * (xr[i] - mu) * rs;
    }
    sd = warp_sum(sd) / c;
    sdx = warp_sum(sdx) / c;
    float* dxr = dx + (long)row * c;
    for (int i = lane; i < c; i += WARP) {
        float xhat = (xr[i] - mu) * rs;
        dxr[i] += rs * (dyr[i] * g[i] - sd - xhat * sdx);
    }
}

// dg[j] += Σ_r dy·x̂ and db[j] += Σ_r dy, column sums laid out as in column_sums (linear.cu).
extern "C" __global__ void layernorm_param_bwd(const float* x, const float* dy, const float* mean,
                                               const float* rstd, float* dg, float* db, int m, int c) {
    __shared__ float pg[8][33], pb[8][33];
    int col = blockIdx.x * 32 + threadIdx.x;
    int r0 = blockIdx.y * COL_ROWS;
    float sg = 0.0f, sb = 0.0f;
    if (col < c) {
        for (int r = r0 + threadIdx.y; r < min(m, r0 + COL_ROWS); r += 8) {
            long i = (long)r * c + col;
            sg += dy[i] * (x[i] - mean[r]) * rstd[r];
            sb += dy[i];
        }
    }
    pg[threadIdx.y][threadIdx.x] = sg;
    pb[threadIdx.y][threadIdx.x] = sb;
    __syncthreads();
    if (threadIdx.y == 0 && col < c) {
        for (int k = 1; k < 8; k++) { sg += pg[k][threadIdx.x]; sb += pb[k][threadIdx.x]; }
        if (dg) atomicAdd(&dg[col], sg);
        if (db) atomicAdd(&db[col], sb);
    }
}
