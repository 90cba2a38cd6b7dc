package jielong.engine;

import java.util.List;
import java.util.Locale;

import jielong.cost.DecodeSpeed;
import jielong.model.Gpt;
import jielong.model.GptConfig;

/**
 * Times cached decoding (one token at a time, one thread) on the unpacked few-row path and on
 * the packed kernel, alternately in one JVM, beside one plain pass over the weights: what lesson
 * 15's {@link DecodeSpeed} compares. Not a test; run by hand, e.g. with the test class path:
 * {@code java --add-modules jdk.incubator.vector -cp ... jielong.engine.DecodeSideBySide 3}.
 */
final class DecodeSideBySide {
    private DecodeSideBySide() {}

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Parallel.setThreads(1);
        int[][] shapes = {{4, 768}, {4, 512}, {4, 384}, {4, 256}, {2, 256}, {2, 128}, {2, 64}, {1, 32}}; // lesson 15's fast sizes, largest first
        for (int[] s : shapes) {
            Gpt model = new Gpt(new GptConfig(256, 64, s[0], Math.max(1, s[1] / 64), s[1], 0f), 15);
            double bytes = 4.0 * model.parameterCount();
            double[] pass = new double[rounds], unpacked = new double[rounds], packed = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                pass[r] = DecodeSpeed.weightPass(model, 3);
                VectorGemm.thinPath = true;
                unpacked[r] = DecodeSpeed.cached(model, 4, 4, 3);
                VectorGemm.thinPath = false;
                packed[r] = DecodeSpeed.cached(model, 4, 4, 3);
                VectorGemm.thinPath = true;
            }
            double p = min(pass), u = min(unpacked), k = min(packed);
            System.out.printf(Locale.ROOT, "%d x %4d: %8.2f MB  pass %10.1f tok/s  packed %10.1f tok/s (%5.1f%%)  unpacked %10.1f tok/s (%5.1f%%)  unpacked/packed %.2fx%n",
                    s[0], s[1], bytes / 1e6, 1 / p, 1 / k, 100 * p / k, 1 / u, 100 * p / u, k / u);
        }
    }

    private static double min(double[] x) {
        double m = Double.POSITIVE_INFINITY;
        for (double v : x) m = Math.min(m, v);
        return m;
    }
}
