package jielong.gpu;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import jielong.engine.Backend;
import jielong.engine.CpuBackend;
import jielong.engine.Ops;
import jielong.engine.Tensor;
import jielong.model.Gpt;
import jielong.model.GptConfig;
import jielong.model.KvCache;
import jielong.tokenize.CharTokenizer;
import jielong.train.AdamW;
import jielong.train.TokenData;
import jielong.train.TrainConfig;

/**
 * The GPU's answers against the CPU's, for gpu/verify.sh on a machine with a GPU: every op,
 * forward and backward, on random inputs; then the first training losses of one model trained
 * on each. Prints one line per check and exits non-zero if any is outside fp32 tolerance.
 *
 * <p>Usage: {@code Verify ops} or {@code Verify losses TEXT_FILE STEPS}.
 */
public final class Verify {
    /** Norm-wise relative error allowed: float32 sums of a few hundred terms, in either order. */
    private static final double TOLERANCE = 1e-4;

    private final Backend cpu = new CpuBackend(), gpu;
    private int failures;

    private Verify(Backend gpu) {
        this.gpu = gpu;
    }

    public static void main(String[] args) throws IOException {
        CudaBackend gpu = CudaBackend.open();
        System.out.println("device: " + gpu.describe());
        Verify v = new Verify(gpu);
        if (args.length > 0 && args[0].equals("losses")) v.losses(Path.of(args[1]), Integer.parseInt(args[2]));
        else v.ops();
        System.out.println(v.failures == 0 ? "verify: all within tolerance" : "verify: " + v.failures + " check(s) FAILED");
        System.exit(v.failures == 0 ? 0 : 1);
    }

    // ---- op by op -------------------------------------------------------------------------------

    /** Inputs of one check, rebuilt identically for each backend (tensors remember their device). */
    private record Case(String name, int inputs, Function<Tensor[], Tensor> op, Function<Random, Tensor[]> make) {}

    private void ops() {
        int b = 3, t = 37, c = 96, h = 4, v = 71, m = b * t; // odd sizes: no tile divides them
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("linear", 3, in -> Ops.linear(in[0], in[1], in[2]),
                r -> new Tensor[] {param(r, m, c), param(r, c, 3 * c), param(r, 3 * c)}));
        cases.add(new Case("unembed", 2, in -> Ops.unembed(in[0], in[1]), r -> new Tensor[] {param(r, m, c), param(r, v, c)}));
        int[] idx = new Random(7).ints(m, 0, v).toArray();
        cases.add(new Case("embed", 2, in -> Ops.embed(in[0], in[1], idx, t), r -> new Tensor[] {param(r, v, c), param(r, t, c)}));
        cases.add(new Case("layerNorm", 3, in -> Ops.layerNorm(in[0], in[1], in[2]),
                r -> new Tensor[] {param(r, m, c), param(r, c), param(r, c)}));
        cases.add(new Case("gelu", 1, in -> Ops.gelu(in[0]), r -> new Tensor[] {param(r, m, 4 * c)}));
        cases.add(new Case("add", 2, in -> Ops.add(in[0], in[1]), r -> new Tensor[] {param(r, m, c), param(r, m, c)}));
        cases.add(new Case("dropout", 1, in -> Ops.dropout(in[0], 0.2f, new Random(3)), r -> new Tensor[] {param(r, m, c)}));
        cases.add(new Case("attention", 1, in -> Ops.attention(in[0], b, t, h).y(), r -> new Tensor[] {param(r, m, 3 * c)}));
        cases.add(new Case("attention probs", 1, in -> Ops.attention(in[0], b, t, h).probs(), r -> new Tensor[] {param(r, m, 3 * c)}));
        int[] targets = new Random(8).ints(m, 0, v).toArray();
        cases.add(new Case("crossEntropy", 1, in -> Ops.crossEntropy(in[0], targets), r -> new Tensor[] {param(r, m, v)}));
        // General ops run as Backend's host defaults, mixed with device ops in one graph: values and
        // gradients must cross between GPU and host memory in both directions.
        float[] weights = new float[m];
        for (int i = 0; i < m; i++) weights[i] = i % 3 == 0 ? 0f : 1f;
        cases.add(new Case("masked crossEntropy (host) of linear (device)", 3,
                in -> Ops.crossEntropy(Ops.linear(in[0], in[1], in[2]), targets, weights),
                r -> new Tensor[] {param(r, m, c), param(r, c, v), param(r, v)}));
        cases.add(new Case("gelu (device) + relu (host) of one input", 1, in -> Ops.add(Ops.gelu(in[0]), Ops.relu(in[0])),
                r -> new Tensor[] {param(r, m, c)}));
        cases.add(new Case("linear (device) of tanh (host) of linear (device)", 3,
                in -> Ops.linear(Ops.tanh(Ops.linear(in[0], in[1], in[2])), in[1], null),
                r -> new Tensor[] {param(r, m, c), param(r, c, c), param(r, c)}));
        cases.add(new Case("mse of slice of concat", 3, in -> Ops.mse(Ops.slice(Ops.concat(in[0], in[1]), 1, c + 1), in[2]),
                r -> new Tensor[] {param(r, m, c), param(r, m, 7), param(r, m, c)}));
        cases.add(new Case("klDivergence", 2, in -> Ops.klDivergence(in[0], in[1]), r -> new Tensor[] {param(r, m, v), param(r, m, v)}));
        cases.add(new Case("sum over rows of row-broadcast mul", 2, in -> Ops.sum(Ops.mul(in[0], in[1]), 0),
                r -> new Tensor[] {param(r, m, c), param(r, c)}));
        for (Case k : cases) check(k);
        optimiser();
        generation();
    }

    private void check(Case k) {
        Tensor[] a = k.make.apply(new Random(42)), g = k.make.apply(new Random(42));
        Ops.use(cpu);
        Tensor ya = k.op.apply(a);
        Ops.use(gpu);
        Tensor yg = k.op.apply(g);
        compare(k.name + " forward", ya.data, yg.host().data);
        if (!ya.requiresGrad) return;
        float[] seed = random(new Random(5), ya.size());
        Ops.use(cpu);
        ya.backward(seed.clone());
        Ops.use(gpu);
        yg.backward(seed.clone());
        for (int i = 0; i < k.inputs; i++) compare(k.name + " backward d" + i, a[i].grad(), g[i].host().grad());
    }

    /** AdamW, gradient clipping's norm and scaling, on a parameter with a random gradient. */
    private void optimiser() {
        Tensor pa = param(new Random(1), 1000, 3), pg = param(new Random(1), 1000, 3);
        float[] grad = random(new Random(2), 3000);
        System.arraycopy(grad, 0, pa.grad(), 0, grad.length);
        System.arraycopy(grad, 0, pg.grad(), 0, grad.length);
        double na = cpu.gradSquaredSum(pa), ng = gpu.gradSquaredSum(pg);
        compare("gradSquaredSum", new float[] {(float) na}, new float[] {(float) ng});
        cpu.scaleGrad(pa, 0.5f);
        gpu.scaleGrad(pg, 0.5f);
        float[] ma = new float[3000], va = new float[3000], mg = new float[3000], vg = new float[3000];
        for (int step = 1; step <= 3; step++) {
            cpu.adamw(pa, ma, va, 1e-3f, 0.9f, 0.99f, 1e-8f, 0.1f, step);
            gpu.adamw(pg, mg, vg, 1e-3f, 0.9f, 0.99f, 1e-8f, 0.1f, step);
        }
        pg.host();
        compare("scaleGrad", pa.grad(), pg.grad());
        compare("adamw param", pa.data, pg.data);
        compare("adamw m", ma, mg);
        compare("adamw v", va, vg);
    }

    /** Cached generation (attentionStep) and the uncached forward, logits position by position. */
    private void generation() {
        GptConfig cfg = new GptConfig(71, 32, 2, 4, 64, 0f);
        Gpt a = new Gpt(cfg, 9), g = new Gpt(cfg, 9);
        KvCache ca = new KvCache(cfg), cg = new KvCache(cfg);
        float[] la = null, lg = null;
        for (int pos = 0; pos < 20; pos++) {
            Ops.use(cpu);
            la = a.step(pos * 3 % 71, ca);
            Ops.use(gpu);
            lg = g.step(pos * 3 % 71, cg);
        }
        compare("attentionStep (20 cached positions)", la, lg);
    }

    // ---- training losses -----------------------------------------------------------------------

    /** The baby shape trained for steps on each backend from the same seed and batches. */
    private void losses(Path text, int steps) throws IOException {
        String s = Files.readString(text);
        CharTokenizer tok = CharTokenizer.fromText(s);
        TokenData data = new TokenData(tok.encode(s));
        float[] cpuLosses = train(cpu, data, tok.vocabSize(), steps), gpuLosses = train(gpu, data, tok.vocabSize(), steps);
        double worst = 0;
        for (int i = 0; i < steps; i++) {
            double rel = Math.abs(cpuLosses[i] - gpuLosses[i]) / Math.abs(cpuLosses[i]);
            worst = Math.max(worst, rel);
            if (i < 5 || i % 10 == 9) System.out.printf("loss step %2d: cpu %.6f gpu %.6f (rel %.1e)%n", i + 1, cpuLosses[i], gpuLosses[i], rel);
        }
        System.out.printf("losses: %d steps, largest relative difference %.2e%n", steps, worst);
        if (!(worst < 1e-3)) failures++;
    }

    private static float[] train(Backend backend, TokenData data, int vocab, int steps) {
        Ops.use(backend);
        Gpt model = new Gpt(new GptConfig(vocab, 64, 4, 4, 128, 0f), 1337);
        AdamW opt = new AdamW(model.parameters());
        TrainConfig c = TrainConfig.defaults().withWeightDecay(0.1f);
        Random rng = new Random(1337);
        float[] losses = new float[steps];
        for (int i = 0; i < steps; i++) {
            TokenData.Batch batch = data.sample(rng, 12, 64);
            Tensor loss = model.loss(batch.x(), batch.y(), 64, null);
            model.parameters().values().forEach(Tensor::zeroGrad);
            loss.backward();
            opt.clipGradients(1f);
            opt.step(c, 1e-3f);
            losses[i] = loss.item();
        }
        return losses;
    }

    // ---- helpers --------------------------------------------------------------------------------

    private void compare(String what, float[] want, float[] got) {
        double diff = 0, norm = 0, maxAbs = 0;
        for (int i = 0; i < want.length; i++) {
            double d = (double) got[i] - want[i];
            diff += d * d;
            norm += (double) want[i] * want[i];
            maxAbs = Math.max(maxAbs, Math.abs(d));
        }
        double rel = Math.sqrt(diff / Math.max(norm, 1e-30));
        boolean ok = rel <= TOLERANCE && Double.isFinite(rel);
        if (!ok) failures++;
        System.out.printf("%-36s rel %.2e  max abs %.2e  %s%n", what, rel, maxAbs, ok ? "ok" : "FAIL");
    }

    private static Tensor param(Random r, int... shape) {
        int n = 1;
        for (int d : shape) n *= d;
        return Tensor.param(random(r, n), shape);
    }

    private static float[] random(Random r, int n) {
        float[] f = new float[n];
        for (int i = 0; i < n; i++) f[i] = (float) r.nextGaussian();
        return f;
    }
}
