package jielong.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

import jielong.engine.Tensor;
import jielong.engine.Unary;

/** The MLP's forward pass against plain float64 loops over the same weights, with and without time. */
class MlpNetTest {
    /** y = W₂·act(W₁·[x, time features] + b₁) + b₂ ..., written out. */
    private static double[] reference(MlpNet net, float[] x, int rows, float[] times, boolean tanh) {
        double[] h = new double[rows * (net.inputs + net.timeFeatures)];
        int w0 = net.inputs + net.timeFeatures, half = net.timeFeatures / 2;
        for (int r = 0; r < rows; r++) {
            for (int i = 0; i < net.inputs; i++) h[r * w0 + i] = x[r * net.inputs + i];
            for (int k = 0; k < half; k++) {
                double angle = times == null ? 0 : times[r] * Math.pow(10000, -(double) k / half);
                h[r * w0 + net.inputs + k] = Math.sin(angle);
                h[r * w0 + net.inputs + half + k] = Math.cos(angle);
            }
        }
        int width = w0, layers = net.parameters().size() / 2;
        for (int l = 0; l < layers; l++) {
            Tensor w = net.parameters().get("fc." + l + ".weight"), b = net.parameters().get("fc." + l + ".bias");
            int out = w.cols();
            double[] next = new double[rows * out];
            for (int r = 0; r < rows; r++)
                for (int j = 0; j < out; j++) {
                    double s = b.data[j];
                    for (int i = 0; i < width; i++) s += h[r * width + i] * w.data[i * out + j];
                    next[r * out + j] = l == layers - 1 ? s : tanh ? Math.tanh(s) : Math.max(0, s);
                }
            h = next;
            width = out;
        }
        return h;
    }

    @Test
    void forwardMatchesPlainLoops() {
        Random rng = new Random(3);
        float[] x = new float[5 * 3];
        for (int i = 0; i < x.length; i++) x[i] = (float) rng.nextGaussian();
        MlpNet relu = new MlpNet(3, new int[] {7, 6}, 2, 9);
        double[] expected = reference(relu, x, 5, null, false);
        Tensor y = relu.forward(Tensor.of(x, 5, 3));
        for (int i = 0; i < expected.length; i++) assertEquals(expected[i], y.data[i], 1e-5);

        float[] times = {0, 1, 7, 19, 3};
        MlpNet timed = new MlpNet(3, new int[] {8}, 2, 6, Unary.TANH, 4);
        expected = reference(timed, x, 5, times, true);
        y = timed.forward(Tensor.of(x, 5, 3), times);
        for (int i = 0; i < expected.length; i++) assertEquals(expected[i], y.data[i], 1e-5);
        assertEquals(4, timed.parameters().size());
    }

    @Test
    void misuseGetsClearMessages() {
        MlpNet timed = new MlpNet(2, new int[] {4}, 2, 4, Unary.RELU, 1);
        String m = assertThrows(IllegalArgumentException.class, () -> timed.forward(Tensor.zeros(3, 2))).getMessage();
        assertTrue(m.contains("forward(x, times)"), m);
        m = assertThrows(IllegalArgumentException.class, () -> new MlpNet(2, new int[] {4}, 2, 3, Unary.RELU, 1)).getMessage();
        assertTrue(m.contains("even"), m);
        m = assertThrows(IllegalArgumentException.class, () -> new MlpNet(2, new int[] {4}, 2, 1).forward(Tensor.zeros(3, 5))).getMessage();
        assertTrue(m.contains("2 columns") && m.contains("[3, 5]"), m);
    }
}
