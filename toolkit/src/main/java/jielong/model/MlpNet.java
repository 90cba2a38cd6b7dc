package jielong.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import jielong.engine.Ops;
import jielong.engine.Tensor;
import jielong.engine.Unary;

/**
 * A multilayer perceptron: linear layers with an elementwise activation between them, and none
 * after the last. With time features it also takes a step number per input, as sinusoidal
 * features appended to the input (Vaswani et al. 2017; Ho et al. 2020): a denoiser for a
 * diffusion model on points in the plane is {@code new MlpNet(2, new int[] {64, 64}, 2, 16, ...)}.
 *
 * <p>Weights start from N(0, 2/fan-in) (He et al. 2015), biases at zero; parameters are named
 * {@code fc.0.weight}, {@code fc.0.bias}, {@code fc.1.weight}, ...
 */
public final class MlpNet implements Trainable {
    /** Width of the input, not counting the time features. */
    public final int inputs;
    /** Width of the output. */
    public final int outputs;
    /** Number of sinusoidal time features appended to the input (0: the model takes no time). */
    public final int timeFeatures;
    private final Unary activation;
    private final Tensor[] weights, biases;
    private final Map<String, Tensor> parameters = new LinkedHashMap<>();

    /**
     * @param inputs       input width
     * @param hidden       widths of the hidden layers, first to last (may be empty: a linear model)
     * @param outputs      output width
     * @param timeFeatures sinusoidal features of the step number appended to the input (even; 0 for none)
     * @param activation   the function between layers, e.g. {@link Unary#RELU} or {@link Unary#TANH}
     * @param seed         the same seed always gives the same weights
     */
    public MlpNet(int inputs, int[] hidden, int outputs, int timeFeatures, Unary activation, long seed) {
        if (inputs < 1 || outputs < 1 || Arrays.stream(hidden).anyMatch(h -> h < 1)) {
            throw new IllegalArgumentException("every width must be positive: inputs " + inputs + ", hidden "
                    + Arrays.toString(hidden) + ", outputs " + outputs);
        }
        if (timeFeatures < 0 || timeFeatures % 2 != 0) {
            throw new IllegalArgumentException("time features come in sine-cosine pairs: give an even number, got " + timeFeatures);
        }
        this.inputs = inputs;
        this.outputs = outputs;
        this.timeFeatures = timeFeatures;
        this.activation = activation;
        int[] widths = new int[hidden.length + 2];
        widths[0] = inputs + timeFeatures;
        System.arraycopy(hidden, 0, widths, 1, hidden.length);
        widths[widths.length - 1] = outputs;
        Random rng = new Random(seed);
        weights = new Tensor[widths.length - 1];
        biases = new Tensor[widths.length - 1];
        for (int l = 0; l < weights.length; l++) {
            weights[l] = Init.normal(rng, Math.sqrt(2.0 / widths[l]), widths[l], widths[l + 1]);
            biases[l] = Init.zeros(widths[l + 1]);
            parameters.put("fc." + l + ".weight", weights[l]);
            parameters.put("fc." + l + ".bias", biases[l]);
        }
    }

    /** A ReLU network without time input. */
    public MlpNet(int inputs, int[] hidden, int outputs, long seed) {
        this(inputs, hidden, outputs, 0, Unary.RELU, seed);
    }

    @Override
    public Map<String, Tensor> parameters() {
        return Collections.unmodifiableMap(parameters);
    }

    /** Outputs [B, outputs] for inputs x [B, inputs] (a model without time features). */
    public Tensor forward(Tensor x) {
        if (timeFeatures > 0) throw new IllegalArgumentException("this MLP takes a time per input: call forward(x, times)");
        return layers(x);
    }

    /** Outputs [B, outputs] for inputs x [B, inputs] at the given step numbers (one per row). */
    public Tensor forward(Tensor x, float[] times) {
        if (timeFeatures == 0) throw new IllegalArgumentException("this MLP was built without time features: call forward(x)");
        if (times.length != x.rows()) {
            throw new IllegalArgumentException("MlpNet: " + x.rows() + " inputs but " + times.length + " times");
        }
        return layers(Ops.concat(x, timeEmbedding(times, timeFeatures)));
    }

    private Tensor layers(Tensor x) {
        if (x.cols() != inputs + timeFeatures) {
            throw new IllegalArgumentException("MlpNet: inputs need " + (inputs + timeFeatures) + " columns, got shape "
                    + Arrays.toString(x.shape));
        }
        for (int l = 0; l < weights.length; l++) {
            x = Ops.linear(x, weights[l], biases[l]);
            if (l < weights.length - 1) x = Ops.unary(activation, x);
        }
        return x;
    }

    /**
     * Sinusoidal features [B, features] of step numbers: sin(t·ω_k) then cos(t·ω_k) with
     * ω_k = 10000^(−k/(features/2)), as for positions in the Transformer. A constant: no gradient.
     */
    public static Tensor timeEmbedding(float[] times, int features) {
        int half = features / 2;
        float[] e = new float[times.length * features];
        double[] omega = new double[half]; // the same for every row: computed once
        for (int k = 0; k < half; k++) omega[k] = StrictMath.pow(10000, -(double) k / half);
        for (int r = 0; r < times.length; r++)
            for (int k = 0; k < half; k++) {
                double angle = times[r] * omega[k];
                e[r * features + k] = (float) StrictMath.sin(angle);
                e[r * features + half + k] = (float) StrictMath.cos(angle);
            }
        return Tensor.of(e, times.length, features);
    }
}
