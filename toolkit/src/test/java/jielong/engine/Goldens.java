package jielong.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import jielong.model.Gpt;
import jielong.model.GptConfig;
import jielong.train.AdamW;
import jielong.train.TrainConfig;

/**
 * Fingerprints of the engine's results: matrix products at awkward sizes, the ops built on them,
 * and short training runs. {@link KernelGoldenTest} compares them with values recorded from the
 * kernels as they were before the block shapes and packing changed, so any change of even one
 * bit shows; {@link #main} prints them (run it with -XX:MaxVectorSize=16 or 32 for other widths).
 */
final class Goldens {
    private Goldens() {}

    /** {m, n, k}: edge sizes (not multiples of any block), a deep k (more than one k panel) and the model's. */
    static final int[][] GEMM_SHAPES = {
        {1, 1, 1}, {7, 5, 3}, {13, 37, 300}, {33, 70, 129}, {6, 48, 17}, {100, 65, 128}, {64, 64, 32}, {17, 129, 513},
    };

    /** FNV-1a over the raw bits of the values. */
    static long hash(float[] x) {
        long h = 0xcbf29ce484222325L;
        for (float v : x) {
            h ^= Float.floatToRawIntBits(v);
            h *= 0x100000001b3L;
        }
        return h;
    }

    static float[] random(Random rng, int n) {
        float[] x = new float[n];
        for (int i = 0; i < n; i++) x[i] = rng.nextFloat() * 2 - 1;
        return x;
    }

    /**
     * One hash per shape and variant of {@link Kernels#gemm}: plain, A transposed (read through
     * strides), accumulating into C, with offsets and leading dimensions wider than the matrices.
     */
    static List<Long> gemm(Kernels kern) {
        List<Long> out = new ArrayList<>();
        for (int[] s : GEMM_SHAPES) {
            int m = s[0], n = s[1], k = s[2];
            Random rng = new Random(m * 1_000_003L + n * 1009L + k);
            float[] a = random(rng, m * k + 3), b = random(rng, k * (n + 2) + 5), c0 = random(rng, m * (n + 1) + 7);
            for (int variant = 0; variant < 4; variant++) {
                float[] c = c0.clone();
                boolean transposed = (variant & 1) != 0, acc = (variant & 2) != 0;
                int aRow = transposed ? 1 : k, aCol = transposed ? m : 1;
                kern.gemm(m, n, k, a, 3, aRow, aCol, b, 5, n + 2, c, 7, n + 1, acc);
                out.add(hash(c));
            }
        }
        return out;
    }

    /** Hashes of linear (with bias), unembed and attention, forward and backward, at odd sizes. */
    static List<Long> ops(int threads) {
        Parallel.setThreads(threads);
        List<Long> out = new ArrayList<>();
        Random rng = new Random(7);
        int m = 45, k = 36, n = 52;
        Tensor x = Tensor.param(random(rng, m * k), m, k), w = Tensor.param(random(rng, k * n), k, n);
        Tensor b = Tensor.param(random(rng, n), n);
        Tensor y = Ops.linear(x, w, b);
        y.backward(random(rng, m * n));
        out.add(hash(y.data)); out.add(hash(x.grad())); out.add(hash(w.grad())); out.add(hash(b.grad()));

        Tensor wte = Tensor.param(random(rng, 23 * k), 23, k);
        Tensor x2 = Tensor.param(random(rng, m * k), m, k);
        Tensor logits = Ops.unembed(x2, wte);
        logits.backward(random(rng, m * 23));
        out.add(hash(logits.data)); out.add(hash(x2.grad())); out.add(hash(wte.grad()));

        int batch = 3, t = 13, heads = 3, c = 24;
        Tensor qkv = Tensor.param(random(rng, batch * t * 3 * c), batch * t, 3 * c);
        Ops.Attended att = Ops.attention(qkv, batch, t, heads);
        att.y().backward(random(rng, batch * t * c));
        out.add(hash(att.y().data)); out.add(hash(att.probs().data)); out.add(hash(qkv.grad()));
        return out;
    }

    /** Loss bits of each step, then a hash of every parameter, after a few AdamW steps from one seed. */
    static List<Long> train(GptConfig shape, int batch, int steps, int threads) {
        Parallel.setThreads(threads);
        Gpt model = new Gpt(shape, 1337);
        AdamW opt = new AdamW(model.parameters());
        TrainConfig cfg = TrainConfig.defaults().withWeightDecay(0.1f);
        Random rng = new Random(42);
        List<Long> out = new ArrayList<>();
        int t = shape.blockSize();
        for (int s = 0; s < steps; s++) {
            int[] xs = new int[batch * t], ys = new int[batch * t];
            for (int i = 0; i < xs.length; i++) {
                xs[i] = rng.nextInt(shape.vocabSize());
                ys[i] = (xs[i] * 7 + 3) % shape.vocabSize();
            }
            Tensor loss = model.loss(xs, ys, t, null);
            model.parameters().values().forEach(Tensor::zeroGrad);
            loss.backward();
            opt.clipGradients(1f);
            opt.step(cfg, 1e-3f);
            out.add((long) Float.floatToRawIntBits(loss.item()));
        }
        long h = 0;
        for (Tensor p : model.parameters().values()) h = h * 31 + hash(p.data);
        out.add(h);
        return out;
    }

    static final GptConfig SMALL = new GptConfig(11, 16, 2, 2, 32, 0f);
    static final GptConfig BABY = new GptConfig(65, 64, 4, 4, 128, 0f);

    private static String hex(List<Long> xs) {
        StringBuilder sb = new StringBuilder();
        for (long x : xs) sb.append(sb.length() == 0 ? "" : ", ").append(String.format("0x%016xL", x));
        return sb.toString();
    }

    public static void main(String[] args) {
        System.out.println("lanes " + VectorWidth.lanes());
        System.out.println("gemm " + hex(gemm(Kernels.CHOSEN)));
        System.out.println("gemmScalar " + hex(gemm(new ScalarKernels())));
        for (int th = 1; th <= 2; th++) {
            System.out.println("ops" + th + " " + hex(ops(th)));
            System.out.println("small" + th + " " + hex(train(SMALL, 4, 5, th)));
            System.out.println("baby" + th + " " + hex(train(BABY, 12, 3, th)));
        }
    }
}
