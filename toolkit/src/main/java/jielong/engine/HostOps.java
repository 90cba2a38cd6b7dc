package jielong.engine;

/**
 * The general ops' forward and backward, side by side, as plain loops over host arrays: the
 * {@link Backend} interface's default implementation, so a backend inherits every op and
 * overrides only the hot ones. On a backend with its own memory, inputs are brought to the host
 * with {@link Tensor#host()} first and gradients written here are handed back to it
 * ({@link Tensor#gradChangedOnHost()}), so device and host ops can be mixed in one graph.
 *
 * <p>Loops run serially in index order, so results do not depend on the thread count.
 */
final class HostOps {
    private HostOps() {}

    // ---- elementwise: y = f(x) and y = f(a, b) -----------------------------------------------

    static void unary(Unary f, Tensor x, Tensor y) {
        float[] xd = in(x), yd = out(y);
        for (int i = 0; i < yd.length; i++) yd[i] = f.f(xd[i]);
    }

    static void unaryBackward(Unary f, Tensor x, Tensor y) {
        if (!x.requiresGrad) return;
        float[] xd = in(x), yd = y.data, dy = dy(y), dx = x.grad();
        for (int i = 0; i < dx.length; i++) dx[i] += dy[i] * f.df(xd[i], yd[i]);
        x.gradChangedOnHost();
    }

    /** An operand smaller than the result repeats along it: index i of the result reads a[i mod size]. */
    static void binary(Binary f, Tensor a, Tensor b, Tensor y) {
        float[] ad = in(a), bd = in(b), yd = out(y);
        int na = ad.length, nb = bd.length;
        for (int i = 0; i < yd.length; i++) yd[i] = f.f(ad[i % na], bd[i % nb]);
    }

    static void binaryBackward(Binary f, Tensor a, Tensor b, Tensor y) {
        float[] ad = in(a), bd = in(b), yd = y.data, dy = dy(y);
        int na = ad.length, nb = bd.length;
        if (a.requiresGrad) { // repeats of a broadcast operand add up in index order
            float[] da = a.grad();
            for (int i = 0; i < yd.length; i++) da[i % na] += dy[i] * f.da(ad[i % na], bd[i % nb], yd[i]);
            a.gradChangedOnHost();
        }
        if (b.requiresGrad) {
            float[] db = b.grad();
            for (int i = 0; i < yd.length; i++) db[i % nb] += dy[i] * f.db(ad[i % na], bd[i % nb], yd[i]);
            b.gradChangedOnHost();
        }
    }

    // ---- reductions: y = scale·Σ over one axis -----------------------------------------------

    /** x viewed as [outer, n, inner] with n the summed axis; y is [outer, inner]. Sums in double. */
    static void sum(Tensor x, int axis, float scale, Tensor y) {
        float[] xd = in(x), yd = out(y);
        int n = x.shape[axis], inner = inner(x.shape, axis), outer = xd.length / Math.max(1, n * inner);
        for (int o = 0; o < outer; o++)
            for (int i = 0; i < inner; i++) {
                double s = 0;
                for (int j = 0; j < n; j++) s += xd[(o * n + j) * inner + i];
                yd[o * inner + i] = (float) (s * scale);
            }
    }

    static void sumBackward(Tensor x, int axis, float scale, Tensor y) {
        if (!x.requiresGrad) return;
        float[] dy = dy(y), dx = x.grad();
        int n = x.shape[axis], inner = inner(x.shape, axis), outer = dx.length / Math.max(1, n * inner);
        for (int o = 0; o < outer; o++)
            for (int j = 0; j < n; j++)
                for (int i = 0; i < inner; i++) dx[(o * n + j) * inner + i] += scale * dy[o * inner + i];
        x.gradChangedOnHost();
    }

    // ---- log-softmax over the last axis ------------------------------------------------------

    /** y = x − max − log Σ exp(x − max), row by row (the shift keeps exp from overflowing). */
    static void logSoftmax(Tensor x, Tensor y) {
        float[] xd = in(x), yd = out(y);
        int v = x.cols();
        for (int o = 0; o < xd.length; o += v) {
            float max = Float.NEGATIVE_INFINITY;
            for (int j = 0; j < v; j++) max = Math.max(max, xd[o + j]);
            double sum = 0;
            for (int j = 0; j < v; j++) sum += StrictMath.exp(xd[o + j] - max);
            float logZ = (float) (max + StrictMath.log(sum));
            for (int j = 0; j < v; j++) yd[o + j] = xd[o + j] - logZ;
        }
    }

    /** dx = dy − softmax(x)·Σ dy, with softmax(x) = exp(y). */
    static void logSoftmaxBackward(Tensor x, Tensor y) {
        if (!x.requiresGrad) return;
        float[] yd = y.data, dy = dy(y), dx = x.grad();
        int v = x.cols();
        for (int o = 0; o < yd.length; o += v) {
            double total = 0;
            for (int j = 0; j < v; j++) total += dy[o + j];
            for (int j = 0; j < v; j++) dx[o + j] += (float) (dy[o + j] - StrictMath.exp(yd[o + j]) * total);
        }
        x.gradChangedOnHost();
    }

    // ---- gather: y[r] = x[r, ids[r]] ---------------------------------------------------------

    static void gather(Tensor x, int[] ids, Tensor y) {
        float[] xd = in(x), yd = out(y);
        int v = x.cols();
        for (int r = 0; r < ids.length; r++) yd[r] = xd[r * v + ids[r]];
    }

    static void gatherBackward(Tensor x, int[] ids, Tensor y) {
        if (!x.requiresGrad) return;
        float[] dy = dy(y), dx = x.grad();
        int v = x.cols();
        for (int r = 0; r < ids.length; r++) dx[r * v + ids[r]] += dy[r];
        x.gradChangedOnHost();
    }

    // ---- concatenation and slicing along the last axis ---------------------------------------

    static void concat(Tensor[] parts, Tensor y) {
        float[] yd = out(y);
        int cy = y.cols(), at = 0;
        for (Tensor p : parts) {
            float[] pd = in(p);
            int c = p.cols();
            for (int r = 0; r < y.rows(); r++) System.arraycopy(pd, r * c, yd, r * cy + at, c);
            at += c;
        }
    }

    static void concatBackward(Tensor[] parts, Tensor y) {
        float[] dy = dy(y);
        int cy = y.cols(), at = 0;
        for (Tensor p : parts) {
            int c = p.cols();
            if (p.requiresGrad) {
                float[] dp = p.grad();
                for (int r = 0; r < y.rows(); r++)
                    for (int j = 0; j < c; j++) dp[r * c + j] += dy[r * cy + at + j];
                p.gradChangedOnHost();
            }
            at += c;
        }
    }

    /** y = columns [from, from + y.cols()) of x. */
    static void slice(Tensor x, int from, Tensor y) {
        float[] xd = in(x), yd = out(y);
        int cx = x.cols(), cy = y.cols();
        for (int r = 0; r < y.rows(); r++) System.arraycopy(xd, r * cx + from, yd, r * cy, cy);
    }

    static void sliceBackward(Tensor x, int from, Tensor y) {
        if (!x.requiresGrad) return;
        float[] dy = dy(y), dx = x.grad();
        int cx = x.cols(), cy = y.cols();
        for (int r = 0; r < y.rows(); r++)
            for (int j = 0; j < cy; j++) dx[r * cx + from + j] += dy[r * cy + j];
        x.gradChangedOnHost();
    }

    // ---- copy (reshape) ----------------------------------------------------------------------

    static void copy(Tensor x, Tensor y) {
        System.arraycopy(in(x), 0, out(y), 0, y.size());
    }

    static void copyBackward(Tensor x, Tensor y) {
        if (!x.requiresGrad) return;
        float[] dy = dy(y), dx = x.grad();
        for (int i = 0; i < dx.length; i++) dx[i] += dy[i];
        x.gradChangedOnHost();
    }

    // ---- helpers -----------------------------------------------------------------------------

    /** An input's values, current on the host. */
    static float[] in(Tensor t) {
        return t.host().data;
    }

    /** A result's host array, created if a device backend left it out. */
    static float[] out(Tensor y) {
        if (y.data == null) y.data = new float[y.size()];
        return y.data;
    }

    /** A result's gradient, current on the host (later ops may have run on a device). */
    static float[] dy(Tensor y) {
        return y.host().grad();
    }

    /** Product of the dimensions after axis. */
    static int inner(int[] shape, int axis) {
        int n = 1;
        for (int d = axis + 1; d < shape.length; d++) n *= shape[d];
        return n;
    }
}
