package jielong.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The general ops, on both kernel sets and on the host defaults that a backend without its own
 * code for them inherits: each forward against plain float64 loops written here from the
 * definitions, each gradient against central finite differences of those loops.
 */
class GeneralOpsTest {
    static Stream<Backend> kernels() {
        return Stream.of(new CpuBackend(new ScalarKernels()), new CpuBackend(Kernels.CHOSEN), hostDefaults());
    }

    /**
     * The CPU for the GPT's ops and {@link Backend}'s default methods for every general op: what
     * a backend that overrides none of them (the CUDA one, for most) runs.
     */
    static Backend hostDefaults() {
        Backend cpu = new CpuBackend(new ScalarKernels());
        return (Backend) Proxy.newProxyInstance(Backend.class.getClassLoader(), new Class<?>[] {Backend.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("name")) return "host defaults";
                    if (method.isDefault() && !method.getName().equals("resultsOnHost")) {
                        return InvocationHandler.invokeDefault(proxy, method, args);
                    }
                    try {
                        return method.invoke(cpu, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private final Random rng = new Random(7);

    @AfterEach
    void restore() {
        Ops.use(new CpuBackend());
    }

    /** Checks op against ref on backend k: forward values, then gradients of Σ R·y for every input. */
    private void check(Backend k, List<Tensor> inputs, Function<List<Tensor>, Tensor> op,
                       Function<double[][], double[]> ref) {
        Ops.use(k);
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

    /** Values in [0.5, 2.5): away from log's and division's pole at zero. */
    private Tensor positive(int... shape) {
        float[] a = new float[Tensor.size(shape)];
        for (int i = 0; i < a.length; i++) a[i] = 0.5f + 2f * rng.nextFloat();
        return Tensor.param(a, shape);
    }

    // ---- elementwise ---------------------------------------------------------------------------

    static double unaryRef(Unary f, double x) {
        return switch (f) {
            case EXP -> Math.exp(x);
            case LOG -> Math.log(x);
            case RELU -> Math.max(0, x);
            case TANH -> Math.tanh(x);
            case SIGMOID -> 1 / (1 + Math.exp(-x));
            case LOG_SIGMOID -> Math.log(1 / (1 + Math.exp(-x)));
            case SQUARE -> x * x;
        };
    }

    static Stream<Arguments> kernelsAndUnaries() {
        return kernels().flatMap(k -> Stream.of(Unary.values()).map(f -> Arguments.of(k, f)));
    }

    @ParameterizedTest
    @MethodSource("kernelsAndUnaries")
    void unary(Backend k, Unary f) {
        Tensor x = f == Unary.LOG ? positive(4, 9) : Tensor.param(randn(36, 2.0), 4, 9);
        check(k, List.of(x), in -> Ops.unary(f, in.get(0)), d -> {
            double[] y = new double[d[0].length];
            for (int i = 0; i < y.length; i++) y[i] = unaryRef(f, d[0][i]);
            return y;
        });
    }

    @Test
    void logSigmoidStaysFiniteFarFromZero() {
        Tensor y = Ops.logSigmoid(Tensor.of(new float[] {-200f, 200f}, 2));
        assertEquals(-200f, y.data[0], 1e-3);
        assertEquals(0f, y.data[1], 1e-6);
    }

    static double binaryRef(Binary f, double a, double b) {
        return switch (f) {
            case ADD -> a + b;
            case SUB -> a - b;
            case MUL -> a * b;
            case DIV -> a / b;
        };
    }

    /** Shapes of (a, b): equal, b a row vector, b one value, a a row vector, a one value. */
    static final int[][][] BROADCASTS = {
            {{3, 5}, {3, 5}}, {{3, 5}, {5}}, {{3, 5}, {1}}, {{5}, {3, 5}}, {{1}, {2, 3, 5}}};

    static Stream<Arguments> kernelsBinariesShapes() {
        return kernels().flatMap(k -> Stream.of(Binary.values()).flatMap(f ->
                Stream.of(BROADCASTS).map(s -> Arguments.of(k, f, s[0], s[1]))));
    }

    @ParameterizedTest
    @MethodSource("kernelsBinariesShapes")
    void binary(Backend k, Binary f, int[] aShape, int[] bShape) {
        Tensor a = param(aShape), b = f == Binary.DIV ? positive(bShape) : param(bShape);
        int n = Math.max(a.size(), b.size());
        check(k, List.of(a, b), in -> Ops.binary(f, in.get(0), in.get(1)), d -> {
            double[] y = new double[n];
            int na = d[0].length, nb = d[1].length;
            for (int i = 0; i < n; i++) {
                // broadcasting by hand: a row vector repeats per row, a single value everywhere
                double av = na == n ? d[0][i] : na == 1 ? d[0][0] : d[0][i % na];
                double bv = nb == n ? d[1][i] : nb == 1 ? d[1][0] : d[1][i % nb];
                y[i] = binaryRef(f, av, bv);
            }
            return y;
        });
    }

    @ParameterizedTest
    @MethodSource("kernels")
    void scaleAndAddWithSameShapesAgreeWithDefinitions(Backend k) {
        check(k, List.of(param(4, 6)), in -> Ops.scale(in.get(0), -2.5f), d -> {
            double[] y = new double[d[0].length];
            for (int i = 0; i < y.length; i++) y[i] = -2.5 * d[0][i];
            return y;
        });
    }

    // ---- reductions ----------------------------------------------------------------------------

    static Stream<Arguments> kernelsAndAxes() {
        return kernels().flatMap(k -> Stream.of(0, 1, 2, -1).map(a -> Arguments.of(k, a)));
    }

    @ParameterizedTest
    @MethodSource("kernelsAndAxes")
    void sumAndMeanOverAnAxis(Backend k, int axis) {
        int[] shape = {2, 3, 4};
        int a = axis < 0 ? 3 + axis : axis;
        for (boolean mean : new boolean[] {false, true}) {
            check(k, List.of(param(shape)), in -> mean ? Ops.mean(in.get(0), axis) : Ops.sum(in.get(0), axis), d -> {
                int[] outShape = new int[2];
                for (int i = 0, j = 0; i < 3; i++) if (i != a) outShape[j++] = shape[i];
                double[] y = new double[outShape[0] * outShape[1]];
                for (int i0 = 0; i0 < 2; i0++)
                    for (int i1 = 0; i1 < 3; i1++)
                        for (int i2 = 0; i2 < 4; i2++) {
                            int[] idx = {i0, i1, i2};
                            int[] rest = new int[2];
                            for (int i = 0, j = 0; i < 3; i++) if (i != a) rest[j++] = idx[i];
                            y[rest[0] * outShape[1] + rest[1]] += d[0][(i0 * 3 + i1) * 4 + i2] / (mean ? shape[a] : 1);
                        }
                return y;
            });
        }
    }

    @ParameterizedTest
    @MethodSource("kernels")
    void sumAndMeanOfAll(Backend k) {
        check(k, List.of(param(3, 7)), in -> Ops.sum(in.get(0)), d -> new double[] {sumOf(d[0])});
        check(k, List.of(param(3, 7)), in -> Ops.mean(in.get(0)), d -> new double[] {sumOf(d[0]) / 21});
        assertTrue(java.util.Arrays.equals(new int[] {3}, Ops.sum(param(4, 3), 0).shape), "the summed axis leaves the shape");
        assertTrue(java.util.Arrays.equals(new int[] {1}, Ops.sum(param(4)).shape), "a vector sums to a scalar [1]");
    }

    static double sumOf(double[] a) {
        double s = 0;
        for (double v : a) s += v;
        return s;
    }

    // ---- log-softmax, gather, concat, slice, reshape --------------------------------------------

    static double[] logSoftmaxRef(double[] x, int v) {
        double[] y = new double[x.length];
        for (int o = 0; o < x.length; o += v) {
            double z = 0;
            for (int j = 0; j < v; j++) z += Math.exp(x[o + j]);
            for (int j = 0; j < v; j++) y[o + j] = x[o + j] - Math.log(z);
        }
        return y;
    }

    @ParameterizedTest
    @MethodSource("kernels")
    void logSoftmax(Backend k) {
        int v = 19;
        check(k, List.of(Tensor.param(randn(5 * v, 3.0), 5, v)), in -> Ops.logSoftmax(in.get(0)), d -> logSoftmaxRef(d[0], v));
    }

    @ParameterizedTest
    @MethodSource("kernels")
    void gatherOfLogProbabilities(Backend k) {
        int v = 13;
        int[] ids = {0, 12, 4, 4, 7};
        check(k, List.of(param(5, v)), in -> Ops.gather(Ops.logSoftmax(in.get(0)), ids), d -> {
            double[] lp = logSoftmaxRef(d[0], v), y = new double[ids.length];
            for (int r = 0; r < ids.length; r++) y[r] = lp[r * v + ids[r]];
            return y;
        });
    }

    @ParameterizedTest
    @MethodSource("kernels")
    void concatAndSliceAlongTheLastAxis(Backend k) {
        check(k, List.of(param(3, 2), param(3, 5), param(3, 1)), in -> Ops.concat(in.get(0), in.get(1), in.get(2)), d -> {
            double[] y = new double[3 * 8];
            for (int r = 0; r < 3; r++) {
                for (int j = 0; j < 2; j++) y[r * 8 + j] = d[0][r * 2 + j];
                for (int j = 0; j < 5; j++) y[r * 8 + 2 + j] = d[1][r * 5 + j];
                y[r * 8 + 7] = d[2][r];
            }
            return y;
        });
        check(k, List.of(param(4, 9)), in -> Ops.slice(in.get(0), 2, 6), d -> {
            double[] y = new double[4 * 4];
            for (int r = 0; r < 4; r++) for (int j = 0; j < 4; j++) y[r * 4 + j] = d[0][r * 9 + 2 + j];
            return y;
        });
    }

    @ParameterizedTest
    @MethodSource("kernels")
    void reshapeKeepsValuesInOrder(Backend k) {
        check(k, List.of(param(2, 6)), in -> Ops.mul(Ops.reshape(in.get(0), 3, 4), Ops.reshape(in.get(0), 3, 4)), d -> {
            double[] y = new double[12];
            for (int i = 0; i < 12; i++) y[i] = d[0][i] * d[0][i];
            return y;
        });
    }

    // ---- losses ----------------------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("kernels")
    void mse(Backend k) {
        check(k, List.of(param(6, 2), param(6, 2)), in -> Ops.mse(in.get(0), in.get(1)), d -> {
            double s = 0;
            for (int i = 0; i < 12; i++) s += (d[0][i] - d[1][i]) * (d[0][i] - d[1][i]);
            return new double[] {s / 12};
        });
    }

    @ParameterizedTest
    @MethodSource("kernels")
    void klDivergenceFromLogits(Backend k) {
        int m = 4, v = 7;
        check(k, List.of(param(m, v), param(m, v)), in -> Ops.klDivergence(in.get(0), in.get(1)), d -> {
            double[] lp = logSoftmaxRef(d[0], v), lq = logSoftmaxRef(d[1], v);
            double kl = 0;
            for (int i = 0; i < m * v; i++) kl += Math.exp(lp[i]) * (lp[i] - lq[i]);
            return new double[] {kl / m};
        });
    }

    @Test
    void klDivergenceIsZeroForOneDistributionAndPositiveOtherwise() {
        Tensor p = param(3, 5);
        assertEquals(0f, Ops.klDivergence(p, Ops.logSoftmax(p)).item(), 1e-6, "log-probabilities are accepted as they are");
        assertTrue(Ops.klDivergence(p, param(3, 5)).item() > 0);
    }

    @ParameterizedTest
    @MethodSource("kernels")
    void maskedCrossEntropy(Backend k) {
        int m = 6, v = 11;
        int[] targets = {3, 0, 10, 5, 5, 1};
        float[] w = {0, 1, 1, 0, 0.5f, 1};
        check(k, List.of(param(m, v)), in -> Ops.crossEntropy(in.get(0), targets, w), d -> {
            double[] lp = logSoftmaxRef(d[0], v);
            double s = 0, total = 0;
            for (int r = 0; r < m; r++) {
                s -= w[r] * lp[r * v + targets[r]];
                total += w[r];
            }
            return new double[] {s / total};
        });
    }

    @Test
    void maskedCrossEntropyWithAllOnesIsThePlainOne() {
        Tensor logits = param(5, 9);
        int[] targets = {1, 2, 3, 4, 8};
        assertEquals(Ops.crossEntropy(logits, targets).item(),
                Ops.crossEntropy(logits, targets, new float[] {1, 1, 1, 1, 1}).item(), 1e-5);
    }

    /** Masked rows get exactly zero gradient; counted rows the plain cross-entropy's, rescaled. */
    @Test
    void maskedTokensGetNoGradient() {
        int m = 4, v = 6;
        Tensor logits = param(m, v);
        int[] targets = {5, 1, 0, 2};
        float[] w = {0, 1, 0, 1};
        Ops.crossEntropy(logits, targets, w).backward();
        float[] g = logits.grad().clone();
        for (int j = 0; j < v; j++) {
            assertEquals(0f, g[j], "masked row 0 must get no gradient");
            assertEquals(0f, g[2 * v + j], "masked row 2 must get no gradient");
        }
        // Independently: softmax − one-hot, divided by the 2 counted tokens.
        for (int r : new int[] {1, 3}) {
            double z = 0;
            for (int j = 0; j < v; j++) z += Math.exp(logits.data[r * v + j]);
            for (int j = 0; j < v; j++) {
                double expected = (Math.exp(logits.data[r * v + j]) / z - (j == targets[r] ? 1 : 0)) / 2;
                assertEquals(expected, g[r * v + j], 1e-6);
            }
        }
    }

    // ---- errors ----------------------------------------------------------------------------------

    @Test
    void shapeErrorsNameTheOpAndTheShapes() {
        String m = assertThrows(IllegalArgumentException.class, () -> Ops.mul(param(3, 4), param(3, 5))).getMessage();
        assertTrue(m.startsWith("mul:") && m.contains("[3, 4]") && m.contains("[3, 5]"), m);
        m = assertThrows(IllegalArgumentException.class, () -> Ops.concat(param(3, 4), param(2, 4))).getMessage();
        assertTrue(m.startsWith("concat:") && m.contains("[2, 4]"), m);
        m = assertThrows(IllegalArgumentException.class, () -> Ops.slice(param(3, 4), 2, 7)).getMessage();
        assertTrue(m.startsWith("slice:") && m.contains("[3, 4]"), m);
        m = assertThrows(IllegalArgumentException.class, () -> Ops.sum(param(3, 4), 2)).getMessage();
        assertTrue(m.startsWith("sum:") && m.contains("axis 2"), m);
        m = assertThrows(IllegalArgumentException.class, () -> Ops.gather(param(3, 4), new int[] {0, 4, 1})).getMessage();
        assertTrue(m.startsWith("gather:") && m.contains("id 4"), m);
        m = assertThrows(IllegalArgumentException.class, () -> Ops.crossEntropy(param(2, 4), new int[] {0, 1}, new float[] {0, 0})).getMessage();
        assertTrue(m.contains("loss mask"), m);
        m = assertThrows(IllegalArgumentException.class, () -> Ops.reshape(param(2, 3), 4, 2)).getMessage();
        assertTrue(m.startsWith("reshape:") && m.contains("[4, 2]"), m);
    }
}
