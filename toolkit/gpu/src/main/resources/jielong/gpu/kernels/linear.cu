// The pieces of a linear layer around the matrix product: the bias, and the sums over rows its
// gradient needs. The product itself is cuBLAS's sgemm, or gemm_tiled in matmul.cu without it.

// y[r, j] += b[j] for every row r.
extern "C" __global__ void add_bias(float* y, const float* b, long m, int n) {
    FOR_EACH(i, m * n) y[i] += b[i % n];
}

// db[j] += Σ_r dy[r, j]. Threads (x, y) take column x and every 8th row of a COL_ROWS chunk, so
// a warp reads 32 neighbouring columns at once; one atomic per column and chunk at the end.
extern "C" __global__ void column_sums(const float* dy, float* db, int m, int n) {
    __shared__ float part[8][33];
    int col = blockIdx.x * 32 + threadIdx.x;
    int r0 = blockIdx.y * COL_ROWS;
    float s = 0.0f;
    if (col < n) {
        for (int r = r0 + threadIdx.y; r < min(m, r0 + COL_ROWS); r += 8) s += dy[(long)r * n + col];
    }
    part[threadIdx.y][threadIdx.x] = s;
    __syncthreads();
    if (threadIdx.y == 0 && col < n) {
        for (int k = 1; k < 8; k++) s += part[k][threadIdx.x];
        atomicAdd(&db[col], s);
    }
}
