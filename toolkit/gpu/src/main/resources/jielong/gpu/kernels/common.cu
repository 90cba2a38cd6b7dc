// Helpers every kernel file uses. NVRTC compiles all the files as one program with no system
// headers, so nothing here includes anything: the built-ins (expf, __shfl_xor_sync) suffice.

#define WARP 32
#define FULL_MASK 0xffffffffu

// The sum of v over the 32 lanes of a warp, returned to every lane (butterfly exchange).
__device__ __forceinline__ float warp_sum(float v) {
    for (int o = 16; o > 0; o >>= 1) v += __shfl_xor_sync(FULL_MASK, v, o);
    return v;
}

__device__ __forceinline__ float warp_max(float v) {
    for (int o = 16; o > 0; o >>= 1) v = fmaxf(v, __shfl_xor_sync(FULL_MASK, v, o));
    return v;
}

// One index per thread over a grid of any size: the loop covers n however the grid was sized.
#define FOR_EACH(i, n) for (long i = blockIdx.x * (long)blockDim.x + threadIdx.x; i < (n); i += (long)gridDim.x * blockDim.x)

// Rows per block for column sums (bias and layer-norm parameter gradients); see column_sums.
#define COL_ROWS 256
