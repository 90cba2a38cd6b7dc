package jielong.diffusion;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import jielong.engine.Ops;
import jielong.engine.Tensor;
import jielong.model.MlpNet;
import jielong.model.Trainable;

/**
 * The noise predictor of a small diffusion model: each coordinate of x_t and the step t become
 * sinusoidal features (the Transformer's position code, {@link MlpNet#timeEmbedding}), then a
 * linear layer to the width, residual blocks h + GELU(W·h + b), and a linear layer back to d
 * coordinates. tiny-diffusion's 2-D model is {@code new DenoisingMlp(2, 128, 3, 128, 25, seed)}:
 * 99,074 parameters.
 *
 * <p>Coordinates are multiplied by {@code inputScale} before their features: points in the plane
 * span a few units, and the scale spreads them over the fast-turning sines, so that the network
 * can place sharp edges. Weights start from N(0, 2/fan-in) (He et al. 2015), the output layer's
 * from N(0, 1/fan-in); biases at zero.
 */
public final class DenoisingMlp implements Trainable, NoisePredictor {
    /** Coordinates of a point. */
    public final int dims;
    /** Width of the hidden layers. */
    public final int width;
    /** Number of residual blocks. */
    public final int blocks;
    /** Sinusoidal features per coordinate and for the step (even). */
    public final int embedding;
    /** Factor applied to coordinates before their sinusoidal features. */
    public final double inputScale;
    private final Tensor inW, inB, outW, outB;
    private final Tensor[] blockW, blockB;
    private final Map<String, Tensor> parameters = new LinkedHashMap<>();

    /**
     * @param dims       coordinates of a point (2 for the plane, 256 for a 16x16 image)
     * @param width      width of every hidden layer
     * @param blocks     residual blocks between the input and output layers (0 or more)
     * @param embedding  sinusoidal features per coordinate and for the step (even, at least 2)
     * @param inputScale factor on coordinates before their features (tiny-diffusion: 25)
     * @param seed       the same seed always gives the same weights
     */
    public DenoisingMlp(int dims, int width, int blocks, int embedding, double inputScale, long seed) {
        if (dims < 1 || width < 1 || blocks < 0) {
            throw new IllegalArgumentException("DenoisingMlp: dims and width must be positive and blocks not negative, got dims "
                    + dims + ", width " + width + ", blocks " + blocks);
        }
        if (embedding < 2 || embedding % 2 != 0) {
            throw new IllegalArgumentException("DenoisingMlp: sinusoidal features come in sine-cosine pairs: give an even number of at least 2, got " + embedding);
        }
        if (!(inputScale > 0) || Double.isInfinite(inputScale)) {
            throw new IllegalArgumentException("DenoisingMlp: the input scale must be a positive number, got " + inputScale);
        }
        this.dims = dims;
        this.width = width;
        this.blocks = blocks;
        this.embedding = embedding;
        this.inputScale = inputScale;
        Random rng = new Random(seed);
        int features = (dims + 1) * embedding;
        inW = normal(rng, 2.0 / features, features, width);
        inB = Tensor.param(new float[width], width);
        parameters.put("input.weight", inW);
        parameters.put("input.bias", inB);
        blockW = new Tensor[blocks];
        blockB = new Tensor[blocks];
        for (int i = 0; i < blocks; i++) {
            blockW[i] = normal(rng, 2.0 / width, width, width);
            blockB[i] = Tensor.param(new float[width], width);
            parameters.put("block." + i + ".weight", blockW[i]);
            parameters.put("block." + i + ".bias", blockB[i]);
        }
        outW = normal(rng, 1.0 / width, width, dims);
        outB = Tensor.param(new float[dims], dims);
        parameters.put("output.weight", outW);
        parameters.put("output.bias", outB);
    }

    private static Tensor normal(Random rng, double variance, int rows, int cols) {
        float[] w = new float[rows * cols];
        double std = Math.sqrt(variance);
        for (int i = 0; i < w.length; i++) w[i] = (float) (rng.nextGaussian() * std);
        return Tensor.param(w, rows, cols);
    }

    @Override
    public Map<String, Tensor> parameters() {
        return Collections.unmodifiableMap(parameters);
    }

    /** Number of learnable values. */
    public long parameterCount() {
        return parameters.values().stream().mapToLong(Tensor::size).sum();
    }

    @Override
    public Tensor predictNoise(Tensor xt, float[] t) {
        return forward(xt, t);
    }

    /** The predicted noise [B, dims] for points x_t [B, dims] at steps t (one per row). */
    public Tensor forward(Tensor xt, float[] t) {
        if (xt.shape.length != 2 || xt.cols() != dims) {
            throw new IllegalArgumentException("DenoisingMlp: points need shape [B, " + dims + "], got " + Arrays.toString(xt.shape));
        }
        if (t.length != xt.rows()) {
            throw new IllegalArgumentException("DenoisingMlp: " + xt.rows() + " points but " + t.length + " step numbers; give one per point");
        }
        Tensor h = Ops.gelu(Ops.linear(features(xt.host().data, t), inW, inB));
        for (int i = 0; i < blocks; i++) h = Ops.add(h, Ops.gelu(Ops.linear(h, blockW[i], blockB[i])));
        return Ops.linear(h, outW, outB);
    }

    /** The network's input [B, (dims + 1)·embedding]: each scaled coordinate's features, then the step's. A constant. */
    Tensor features(float[] x, float[] t) {
        int n = t.length, f = (dims + 1) * embedding;
        float[] all = new float[n * f];
        float[] column = new float[n];
        for (int j = 0; j <= dims; j++) {
            for (int r = 0; r < n; r++) column[r] = j < dims ? (float) (x[r * dims + j] * inputScale) : t[r];
            float[] e = MlpNet.timeEmbedding(column, embedding).data;
            for (int r = 0; r < n; r++) System.arraycopy(e, r * embedding, all, r * f + j * embedding, embedding);
        }
        return Tensor.of(all, n, f);
    }
}
