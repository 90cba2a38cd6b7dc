// One AdamW step per element (Loshchilov and Hutter 2019), the same arithmetic as the CPU's.
extern "C" __global__ void adamw(float* p, const float* g, float* m, float* v, long n, float lr,
                                 float beta1, float beta2, float eps, float wd, float c1, float c2) {
    FOR_EACH(i, n) {
        float gi = g[i];
        float mi = beta1 * m[i] + (1.0f - beta1) * gi;
        float vi = beta2 * v[i] + (1.0f - beta2) * gi * gi;
        m[i] = mi;
        v[i] = vi;
        p[i] -= lr * ((mi / c1) / (sqrtf(vi / c2) + eps) + wd * p[i]);
    }
}
