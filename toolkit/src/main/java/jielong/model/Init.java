package jielong.model;

import java.util.Random;

import jielong.engine.Tensor;

/** GPT-2's initialisation: weights from N(0, 0.02), biases zero, layer-norm gains one. */
final class Init {
    static final double STD = 0.02;

    private Init() {}

    static Tensor normal(Random rng, double std, int... shape) {
        Tensor t = Tensor.param(new float[size(shape)], shape);
        for (int i = 0; i < t.size(); i++) t.data[i] = (float) (rng.nextGaussian() * std);
        return t;
    }

    static Tensor zeros(int... shape) {
        return Tensor.param(new float[size(shape)], shape);
    }

    static Tensor ones(int... shape) {
        Tensor t = zeros(shape);
        java.util.Arrays.fill(t.data, 1f);
        return t;
    }

    private static int size(int[] shape) {
        int n = 1;
        for (int d : shape) n *= d;
        return n;
    }
}
