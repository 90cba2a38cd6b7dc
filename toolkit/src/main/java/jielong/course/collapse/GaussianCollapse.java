package jielong.course.collapse;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import jielong.synthetic.DataRegime;
import jielong.synthetic.Gaussian;
import jielong.synthetic.Generations;

/**
 * The simplest collapse: a Gaussian fitted to n numbers, n numbers drawn from the fit, refitted,
 * for many generations, through the general loop of {@link Generations}. Starts from n draws of
 * the standard normal, so the true spread is 1.
 */
public final class GaussianCollapse {
    private GaussianCollapse() {}

    /** The loop for numbers: fit by maximum likelihood, sample n, measure the fitted sigma and mean. */
    public static Generations<Double, Gaussian> loop() {
        return new Generations<>(
                (data, t) -> Gaussian.fit(data.stream().mapToDouble(Double::doubleValue).toArray()),
                (g, n, seed) -> Arrays.stream(g.sample(n, new Random(seed))).boxed().toList(),
                (g, produced, t) -> Map.of("sigma", g.sigma(), "mean", g.mean()));
    }

    /** The fitted sigma of each generation, for one seed: row t is generation t. */
    public static double[] sigmas(int n, int generations, DataRegime regime, long seed) {
        List<Double> real = Arrays.stream(Gaussian.standard().sample(n, new Random(Generations.seedOf(seed, -2)))).boxed().toList();
        return loop().run(real, generations, regime, seed, null).stream().mapToDouble(g -> g.metric("sigma")).toArray();
    }

    /** {@link #sigmas} for seeds 0 to {@code seeds − 1}: [seed][generation]. */
    public static double[][] overSeeds(int n, int generations, DataRegime regime, int seeds) {
        double[][] out = new double[seeds][];
        for (int s = 0; s < seeds; s++) out[s] = sigmas(n, generations, regime, s);
        return out;
    }

    /** Over seeds, the mean of σ̂²_t / σ̂²_0 for each generation t: its expectation is ((n−1)/n)^t under replace. */
    public static double[] meanVarianceRatio(double[][] sigmas) {
        int generations = sigmas[0].length;
        double[] mean = new double[generations];
        for (double[] run : sigmas) {
            for (int t = 0; t < generations; t++) mean[t] += (run[t] * run[t]) / (run[0] * run[0]) / sigmas.length;
        }
        return mean;
    }

    /** Over seeds, the median of σ̂_t for each generation: what a typical run does. */
    public static double[] medianSigma(double[][] sigmas) {
        int generations = sigmas[0].length;
        double[] median = new double[generations];
        double[] column = new double[sigmas.length];
        for (int t = 0; t < generations; t++) {
            for (int s = 0; s < sigmas.length; s++) column[s] = sigmas[s][t];
            Arrays.sort(column);
            median[t] = column[sigmas.length / 2];
        }
        return median;
    }

    /** The measured mean one-generation shrink of σ̂², averaged over every generation step of every seed (replace). */
    public static double meanOneStepShrink(double[][] sigmas) {
        double sum = 0;
        int count = 0;
        for (double[] run : sigmas) {
            for (int t = 1; t < run.length; t++) {
                if (run[t - 1] == 0) continue;
                sum += (run[t] * run[t]) / (run[t - 1] * run[t - 1]);
                count++;
            }
        }
        return sum / count;
    }
}
