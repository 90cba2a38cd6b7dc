package jielong.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every op, on both kernel sets: the forward result equals the float64 reference, and the
 * backward gradient equals central finite differences of that reference (in float64).
 */
class OpsGradientTest {
    static Stream<Kernels> kernels() {
        return Stream.of(new ScalarKernels(), Kernels.CHOSEN);
    }

    private final Random rng = new Random(42);

    @AfterEach
    void restore() {
        Ops.use(new CpuBackend());
        Parallel.setThreads(0);
    }

    /** Checks op against ref on kernels k: forward values, then gradients of Σ R·y for every input. */
    private void check(Kernels k, List<Tensor> inputs, Function<List<Tensor>, Tensor> op,
                       Function<double[][], double[]> ref) {
        Ops.use(new CpuBackend(k));
        Reference.checkOp(k.name(), inputs, op, ref, n -> randn(n, 1.0));
    }

    private float[] randn(int n, double std) {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) a[i] = (float) (rng.nextGaussian() * std);
        return a;
    }

    private Tensor param(int... shape) {
        return Tensor.param(randn(Tensor.size(shape), 1.0), shape);
    }

    @ParameterizedTest
    @MethodSource("kernels")
    void linear(Kernels k) {
        // 37 output columns: exercises the 3-vector, 2-vector and scalar column paths; 9 rows: 4-row blocks plus a tail.
        int m = 9, kk = 13, n = 37;
        check(k, List.of(param(m, kk), param(kk, n), param(n)),
                in -> Ops.linear(in.get(0), in.get(1), in.get(2)),
                d -> Reference.linear(d[0], d[1], d[2], m, kk, n));
    }

    @ParameterizedTest
    @MethodSource("kernels")
    void linearWide(Kernels k) {
        int m = 6, kk = 5, n = 112; // 112 = 2·48 + 16: every vector path
        check(k, List.of(param(m, kk), param(kk, n), param(n)),
                in -> Ops.linear(in.get(0), in.get(1), in.get(2)),
                d -> Reference.linear(d[0], d[1], d[2], m, kk, n));
    }

    @ParameterizedTest
    @MethodSource("kernels")
    void unembed(Kernels k) {
        int m = 7, c = 12, v = 19;
        check(k, List.of(param(m, c), param(v, c)),
                in -> Ops.unembed(in.get(0), in.get(1)),
                d -> Reference.unembed(d[0], d[1], m, c, v));
    }

    @ParameterizedTest
    @MethodSource("kernels")
    void embed(Kernels k) {
        int v = 11, c = 6, t = 4;
        int[] idx = {3, 0, 10, 3, 7, 7, 1, 2};
        check(k, List.of(param(v, c), param(t, c)),
                in -> Ops.embed(in.get(0), in.get(1), idx, t),
                d -> Reference.embed(d[0], d[1], idx, t, c));
    }

    @ParameterizedTest
    @MethodSource("kernels")
    void layerNorm(Kernels k) {
        int m = 5, c = 21;
        check(k, List.of(param(m, c), param(c), param(c)),
                in -> Ops.layerNorm(in.get(0), in.get(1), in.get(2)),
                d -> Reference.layerNorm(d[0], d[1], d[2], m, c));
    }

    @ParameterizedTest
    @MethodSource("kernels")
    void gelu(Kernels k) {
        check(k, List.of(Tensor.param(randn(53, 2.0), 53)), in -> Ops.gelu(in.get(0)), d -> Reference.gelu(d[0]));
    }

    @ParameterizedTest
    @MethodSource("kernels")
    void add(Kernels k) {
        check(k, List.of(param(3, 17), param(3, 17)), in -> Ops.add(in.get(0), in.get(1)), d -> Reference.add(d[0], d[1]));
    }

    @ParameterizedTest
    @MethodSource("kernels")
    void attention(Kernels k) {
        int batch = 2, t = 5, heads = 2, c = 8;
        check(k, List.of(param(batch * t, 3 * c)),
                in -> Ops.attention(in.get(0), batch, t, heads).y(),
                d -> Reference.attention(d[0], batch, t, heads, c));
    }

    @ParameterizedTest
    @MethodSource("kernels")
    void attentionWithFullVectors(Kernels k) {
        int batch = 1, t = 20, heads = 2, c = 64; // head size 32 and t ≥ 16: the vector paths
        check(k, List.of(Tensor.param(randn(batch * t * 3 * c, 0.3), batch * t, 3 * c)),
                in -> Ops.attention(in.get(0), batch, t, heads).y(),
                d -> Reference.attention(d[0], batch, t, heads, c));
    }

    @ParameterizedTest
    @MethodSource("kernels")
    void crossEntropy(Kernels k) {
        int m = 6, v = 23;
        int[] targets = {0, 22, 5, 5, 11, 17};
        check(k, List.of(param(m, v)),
                in -> Ops.crossEntropy(in.get(0), targets),
                d -> new double[] {Reference.crossEntropy(d[0], targets, v)});
    }

    @ParameterizedTest
    @MethodSource("kernels")
    void attentionWeightsAreCausalAndSumToOne(Kernels k) {
        Ops.use(new CpuBackend(k));
        int batch = 2, t = 6, heads = 3, c = 12;
        Tensor probs = Ops.attention(param(batch * t, 3 * c), batch, t, heads).probs();
        for (int bh = 0; bh < batch * heads; bh++)
            for (int i = 0; i < t; i++) {
                double sum = 0;
                for (int j = 0; j < t; j++) {
                    float p = probs.data[(bh * t + i) * t + j];
                    if (j > i) assertEquals(0f, p, "position " + i + " must not see position " + j);
                    sum += p;
                }
                assertEquals(1.0, sum, 1e-5);
            }
    }

    @ParameterizedTest
    @MethodSource("kernels")
    void resultsDoNotDependOnThreadCount(Kernels k) {
        Ops.use(new CpuBackend(k));
        Tensor x = param(67, 40), w = param(40, 90), b = param(90);
        Parallel.setThreads(1);
        float[] one = Ops.linear(x, w, b).data;
        Parallel.setThreads(2);
        float[] two = Ops.linear(x, w, b).data;
        assertTrue(java.util.Arrays.equals(one, two), "1 and 2 threads must give bit-identical results");
    }
}
