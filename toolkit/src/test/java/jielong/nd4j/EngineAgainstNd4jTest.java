package jielong.nd4j;

import static jielong.nd4j.Nd4jArrays.fromNd4j;
import static jielong.nd4j.Nd4jArrays.toNd4j;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.nd4j.linalg.indexing.NDArrayIndex.all;
import static org.nd4j.linalg.indexing.NDArrayIndex.interval;
import static org.nd4j.linalg.indexing.NDArrayIndex.point;

import java.util.Arrays;
import java.util.Random;

import jielong.engine.Ops;
import jielong.engine.Tensor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.INDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The engine's forward ops against the same formulas written in ND4J: a second, independent
 * implementation (BLAS matrix products, ND4J's softmax) rather than the engine's own loops.
 */
class EngineAgainstNd4jTest {
    /** numpy.allclose's test, |engine − ND4J| ≤ ATOL + RTOL·|ND4J|: float32 rounding, not bugs. */
    private static final double RTOL = 1e-5, ATOL = 1e-6;

    private final Random rng = new Random(7);

    @BeforeAll
    static void start() {
        Nd4jStartup.ensure();
    }

    /** Normal values with standard deviation std, the way a model's weights are drawn. */
    private Tensor randn(double std, int... shape) {
        Tensor t = Tensor.zeros(shape);
        for (int i = 0; i < t.size(); i++) t.data[i] = (float) (rng.nextGaussian() * std);
        return t;
    }

    private static void assertAllClose(INDArray expected, Tensor actual, String what) {
        assertArrayEquals(expected.shape(), Arrays.stream(actual.shape).asLongStream().toArray(), what + ": shape");
        float[] e = fromNd4j(expected).data;
        for (int i = 0; i < e.length; i++) {
            float a = actual.data[i];
            if (!(Math.abs(a - e[i]) <= ATOL + RTOL * Math.abs(e[i]))) {
                fail(what + " differs at flat index " + i + ": engine " + a + ", ND4J " + e[i]);
            }
        }
    }

    @Test
    void linearIsAMatrixProductPlusABiasRow() {
        Tensor x = randn(1, 6, 16), w = randn(0.25, 16, 24), b = randn(0.1, 24);
        INDArray xw = toNd4j(x).mmul(toNd4j(w));
        assertAllClose(xw.addRowVector(toNd4j(b)), Ops.linear(x, w, b), "linear");
        assertAllClose(xw, Ops.linear(x, w, null), "linear without bias");
    }

    @Test
    void unembedMultipliesByTheTransposedEmbedding() {
        Tensor x = randn(1, 6, 16), wte = randn(0.25, 11, 16);
        assertAllClose(toNd4j(x).mmul(toNd4j(wte).transpose()), Ops.unembed(x, wte), "unembed");
    }

    @Test
    void layerNormStandardisesEachRow() {
        Tensor x = randn(3, 5, 16), g = randn(1, 16), b = randn(1, 16);
        INDArray nx = toNd4j(x);
        INDArray mean = nx.mean(1).reshape(5, 1);
        INDArray variance = nx.var(false, 1).reshape(5, 1); // biased: divide by C, as in the formula
        INDArray normalised = nx.subColumnVector(mean).divColumnVector(Transforms.sqrt(variance.add(1e-5)));
        INDArray expected = normalised.mulRowVector(toNd4j(g)).addRowVector(toNd4j(b));
        assertAllClose(expected, Ops.layerNorm(x, g, b), "layerNorm");
    }

    @Test
    void geluIsTheTanhApproximation() {
        Tensor x = Tensor.zeros(4, 25);
        for (int i = 0; i < x.size(); i++) x.data[i] = -6f + 12f * i / (x.size() - 1); // tails included
        INDArray nx = toNd4j(x);
        // 0.5·x·(1 + tanh(√(2/π)·(x + 0.044715·x³))), GPT-2's form, one elementwise op at a time.
        INDArray inner = nx.add(Transforms.pow(nx, 3).mul(0.044715)).mul(Math.sqrt(2 / Math.PI));
        INDArray expected = Transforms.tanh(inner).add(1).mul(nx).mul(0.5);
        assertAllClose(expected, Ops.gelu(x), "gelu");
    }

    @Test
    void attentionMatchesHeadByHeadMaskedSoftmax() {
        int batch = 2, t = 5, heads = 4, c = 16, hs = c / heads;
        Tensor qkv = randn(1, batch * t, 3 * c);
        Ops.Attended out = Ops.attention(qkv, batch, t, heads);

        INDArray nqkv = toNd4j(qkv);
        INDArray mask = Nd4j.zeros(t, t); // −∞ above the diagonal: position i never sees j > i
        for (int i = 0; i < t; i++)
            for (int j = i + 1; j < t; j++) mask.putScalar(i, j, Float.NEGATIVE_INFINITY);
        INDArray probs = Nd4j.zeros(batch, heads, t, t), y = Nd4j.zeros(batch * t, c);
        for (int b = 0; b < batch; b++) {
            for (int h = 0; h < heads; h++) {
                INDArrayIndex rows = interval(b * t, (b + 1) * t);
                INDArray q = nqkv.get(rows, interval(h * hs, (h + 1) * hs));
                INDArray k = nqkv.get(rows, interval(c + h * hs, c + (h + 1) * hs));
                INDArray v = nqkv.get(rows, interval(2 * c + h * hs, 2 * c + (h + 1) * hs));
                INDArray scores = q.mmul(k.transpose()).div(Math.sqrt(hs)).add(mask);
                INDArray p = Transforms.softmax(scores);
                probs.get(point(b), point(h), all(), all()).assign(p);
                y.get(rows, interval(h * hs, (h + 1) * hs)).assign(p.mmul(v));
            }
        }
        assertAllClose(probs, out.probs(), "attention weights");
        assertAllClose(y, out.y(), "attention output");
    }

    @Test
    void crossEntropyIsTheMeanNegativeLogSoftmaxOfTheTargets() {
        int m = 6, vocab = 11;
        Tensor logits = Tensor.param(randn(2, m, vocab).data, m, vocab);
        int[] targets = new int[m];
        INDArray oneHot = Nd4j.zeros(m, vocab);
        for (int r = 0; r < m; r++) {
            targets[r] = rng.nextInt(vocab);
            oneHot.putScalar(r, targets[r], 1f);
        }
        Tensor loss = Ops.crossEntropy(logits, targets);

        INDArray softmax = Transforms.softmax(toNd4j(logits));
        INDArray expected = Transforms.log(softmax).mul(oneHot).sum().neg().div(m).reshape(1);
        assertAllClose(expected, loss, "cross-entropy");
        // Its gradient, (softmax − one-hot)/m, checks the engine's softmax value by value.
        loss.backward();
        assertAllClose(softmax.sub(oneHot).div(m), Tensor.of(logits.grad(), m, vocab), "cross-entropy gradient");
    }
}
