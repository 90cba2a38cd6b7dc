package jielong.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import jielong.course.scaling.IsoFlop;
import jielong.experiment.RunResult;
import jielong.experiment.RunSpec;
import org.junit.jupiter.api.Test;

/** The fits recover laws from synthetic losses made from known constants plus noise. */
class FitsTest {

    @Test
    void powerLawRecoversItsExponentAndFloor() {
        PowerLaw truth = new PowerLaw(1.5, 40, 0.35);
        Random rng = new Random(1);
        double[] x = new double[12], y = new double[12];
        for (int i = 0; i < x.length; i++) {
            x[i] = 1e3 * Math.pow(2, i);
            y[i] = truth.predict(x[i]) * Math.exp(0.003 * rng.nextGaussian());
        }
        PowerLaw fit = PowerLaw.fit(x, y);
        assertEquals(truth.alpha(), fit.alpha(), 0.02, fit.toString());
        assertEquals(truth.e(), fit.e(), 0.05, fit.toString());
    }

    @Test
    void withoutAFloorTheFitIsAStraightLineInLogLog() {
        double[] x = {1e4, 1e5, 1e6, 1e7};
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) y[i] = Math.pow(8.8e13 / x[i], 0.076); // Kaplan's L(N)
        PowerLaw fit = PowerLaw.fitWithoutFloor(x, y);
        assertEquals(0.076, fit.alpha(), 1e-9);
        assertEquals(Math.pow(8.8e13, 0.076), fit.a(), 1e-6);
    }

    @Test
    void chinchillaFitRecoversHoffmannsConstants() {
        ChinchillaLaw truth = ChinchillaLaw.HOFFMANN_2022;
        Random rng = new Random(7);
        int size = 8;
        double[] n = new double[size * size], d = new double[size * size], loss = new double[size * size];
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < size; j++) {
                int k = i * size + j;
                n[k] = 1e7 * Math.pow(10, 3.0 * i / (size - 1));   // 10 M to 10 B parameters
                d[k] = 1e8 * Math.pow(10, 4.0 * j / (size - 1));   // 100 M to 1 T tokens
                loss[k] = truth.predict(n[k], d[k]) * Math.exp(0.005 * rng.nextGaussian());
            }
        }
        ChinchillaLaw fit = ChinchillaLaw.fit(n, d, loss);
        assertEquals(truth.alpha(), fit.alpha(), 0.02, fit.toString());
        assertEquals(truth.beta(), fit.beta(), 0.02, fit.toString());
        assertEquals(truth.e(), fit.e(), 0.1, fit.toString());
    }

    @Test
    void bootstrapIntervalsHoldTheTruth() {
        PowerLaw truth = new PowerLaw(2.0, 30, 0.4);
        Random rng = new Random(3);
        double[] x = new double[10], y = new double[10];
        for (int i = 0; i < x.length; i++) {
            x[i] = 1e4 * Math.pow(2, i);
            y[i] = truth.predict(x[i]) * Math.exp(0.005 * rng.nextGaussian());
        }
        List<PowerLaw> fits = PowerLaw.bootstrap(x, y, 100, 11);
        Bootstrap.Interval alpha = Bootstrap.interval(fits, PowerLaw::alpha);
        assertTrue(alpha.contains(truth.alpha()), alpha.toString());
        assertTrue(alpha.high() - alpha.low() < 0.3, "too wide to be useful: " + alpha);
    }

    @Test
    void computeOptimalSplitMinimisesLossAtFixedCompute() {
        ChinchillaLaw law = ChinchillaLaw.HOFFMANN_2022;
        double c = 5.76e23; // Gopher's budget
        ComputeOptimal best = law.computeOptimal(c);
        assertEquals(c, 6 * best.parameters() * best.tokens(), c * 1e-9);
        // Brute force over N on a fine log grid agrees with the closed form.
        double bestN = 0, bestLoss = Double.POSITIVE_INFINITY;
        for (double logN = 20; logN < 30; logN += 1e-4) {
            double nn = Math.exp(logN), l = law.predict(nn, c / (6 * nn));
            if (l < bestLoss) {
                bestLoss = l;
                bestN = nn;
            }
        }
        assertEquals(1.0, best.parameters() / bestN, 1e-3);
        assertEquals(bestLoss, best.loss(), 1e-9);
    }

    @Test
    void isoFlopParabolaFindsTheBottom() {
        // Loss = 3 + 0.5·(ln N − ln 1e5)² exactly: the bottom is at N = 1e5.
        List<RunResult> runs = new java.util.ArrayList<>();
        for (int width : new int[] {16, 32, 64, 128}) {
            jielong.model.GptConfig shape = new jielong.model.GptConfig(64, 16, 2, 2, width, 0f);
            RunSpec spec = RunSpec.of(shape, 64_000, 4, 1e-3f, 1);
            double x = Math.log(spec.parameters()) - Math.log(1e5);
            runs.add(new RunResult(spec, 0, 3 + 0.5 * x * x, 0, List.of()));
        }
        IsoFlop curve = IsoFlop.of(runs);
        assertTrue(curve.hasMinimum());
        assertEquals(1e5, curve.bestParameters(), 1.0);
        assertEquals(3.0, curve.bestLoss(), 1e-9);
        assertEquals(runs.size(), curve.runs().size());
    }
}
