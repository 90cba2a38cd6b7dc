// Token plus position embedding, and its backward: scatter-adds into the tables' gradients.

extern "C" __global__ void embed_fwd(const int* idx, const float* wte, const float* wpe, float* y,
                                     long m, int t, int c) {
    FOR_EACH(i, m * c) {
        long r = i / c;
        int k = i % c;
        y[i] = wte[(long)idx[r] * c + k] + wpe[(r % t) * c + k];
    }
}

// Several rows can hold the same token (and every sequence has each position): atomics add them.
extern "C" __global__ void embed_bwd(const int* idx, const float* dy, float* dwte, float* dwpe,
                                     long m, int t, int c) {
    FOR_EACH(i, m * c) {
        long r = i / c;
        int k = i % c;
        if (dwte) atomicAdd(&dwte[(long)idx[r] * c + k], dy[i]);
        if (dwpe) atomicAdd(&dwpe[(r % t) * c + k], dy[i]);
    }
}
