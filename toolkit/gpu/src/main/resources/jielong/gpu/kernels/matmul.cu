// A tiled matrix product for machines without cuBLAS: C = α·op(A)·op(B) + β·C, row-major, a
// batch of independent products along grid z. Element (i, k) of op(A) is A[i·ars + k·acs], so
// one kernel serves every transpose the engine needs. Each 16×16 block computes a 64×64 tile of
// C, 4×4 values per thread, from 64×16 and 16×64 tiles of A and B staged in shared memory.
#define TILE 64
#define TK 16

extern "C" __global__ void __launch_bounds__(256) gemm_tiled(
        int m, int n, int k, float alpha,
        const float* a, long ars, long acs, long strideA,
        const float* b, long brs, long bcs, long strideB,
        float beta, float* c, long ldc, long strideC) {
    __shared__ float as[TK][TILE + 1];  // as[kk][i]: the +1 keeps the transposed writes off one bank
    __shared__ float bs[TK][TILE];
    a += blockIdx.z * strideA; b += blockIdx.z * strideB; c += blockIdx.z * strideC;
    int tx = threadIdx.x, ty = threadIdx.y, tid = ty * 16 + tx;
    int i0 = blockIdx.y * TILE, j0 = blockIdx.x * TILE;
    float acc[4][4] = {};
    for (int k0 = 0; k0 < k; k0 += TK) {
        for (int e = tid; e < TILE * TK; e += 256) { // 4 elements of each tile per thread
            int ii = e / TK, kk = e % TK;             // A tile: row ii, column kk
            int gi = i0 + ii, gk = k0 + kk;
            as[kk][ii] = gi < m && gk < k ? a[gi * ars + gk * acs] : 0.0f;
            int kb = e / TILE, jj = e % TILE;         // B tile: row kb, column jj
            int gkb = k0 + kb, gj = j0 + jj;
            bs[kb][jj] = gkb < k && gj < n ? b[gkb * brs + gj * bcs] : 0.0f;
        }
        __syncthreads();
#pragma unroll
        for (int kk = 0; kk < TK; kk++) {
            float ra[4], rb[4];
#pragma unroll
            for (int u = 0; u < 4; u++) { ra[u] = as[kk][ty + 16 * u]; rb[u] = bs[kk][tx + 16 * u]; }
#pragma unroll
            for (int u = 0; u < 4; u++)
#pragma unroll
                for (int w = 0; w < 4; w++) acc[u][w] += ra[u] * rb[w];
        }
        __syncthreads();
    }
#pragma unroll
    for (int u = 0; u < 4; u++) {
        int gi = i0 + ty + 16 * u;
#pragma unroll
        for (int w = 0; w < 4; w++) {
            int gj = j0 + tx + 16 * w;
            if (gi < m && gj < n) {
                float* cp = c + gi * ldc + gj;
                *cp = alpha * acc[u][w] + (beta == 0.0f ? 0.0f : beta * *cp);
            }
        }
    }
}
