package jielong.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

class GaussianTest {
    @Test
    void fitIsTheMaximumLikelihoodEstimateByHand() {
        Gaussian g = Gaussian.fit(new double[] {1, 2, 3, 6});
        assertEquals(3, g.mean(), 1e-12);
        assertEquals((4 + 1 + 0 + 9) / 4.0, g.variance(), 1e-12); // divided by n, not n − 1
        assertEquals(0, Gaussian.fit(new double[] {5}).sigma());
    }

    @Test
    void samplesHaveTheirMeanAndSpread() {
        Gaussian g = new Gaussian(3, 2);
        Gaussian back = Gaussian.fit(g.sample(200_000, new Random(1)));
        assertEquals(3, back.mean(), 0.02);
        assertEquals(2, back.sigma(), 0.02);
    }

    /** E[σ̂²] = (n−1)/n σ² for n samples: one generation of the loop, averaged over many seeds. */
    @Test
    void oneGenerationShrinksTheVarianceByNMinusOneOverNInExpectation() {
        for (int n : new int[] {2, 5, 20}) {
            int seeds = 20_000;
            double[] ratio = new double[seeds];
            Random rng = new Random(n); // one stream: java.util.Random's first draws from neighbouring seeds are correlated
            for (int s = 0; s < seeds; s++) {
                Gaussian g = new Gaussian(0.5, 1.5);
                ratio[s] = Gaussian.fit(g.sample(n, rng)).variance() / g.variance();
            }
            double mean = Arrays.stream(ratio).average().orElseThrow();
            double sd = Math.sqrt(Arrays.stream(ratio).map(r -> (r - mean) * (r - mean)).sum() / (seeds - 1));
            double expected = (n - 1.0) / n;
            assertTrue(Math.abs(mean - expected) < 4 * sd / Math.sqrt(seeds),
                    "n = " + n + ": mean ratio " + mean + ", expected " + expected + " ± " + 4 * sd / Math.sqrt(seeds));
        }
    }

    /** Over many generations the expected variance is ((n−1)/n)^t, yet a typical run falls far below it. */
    @Test
    void manyGenerationsFollowThePowerInExpectationAndCollapseTypically() {
        int n = 10, generations = 20, seeds = 20_000;
        double sum = 0;
        double[] last = new double[seeds];
        Random rng = new Random(3);
        for (int s = 0; s < seeds; s++) {
            Gaussian g = Gaussian.standard();
            for (int t = 0; t < generations; t++) g = Gaussian.fit(g.sample(n, rng));
            sum += last[s] = g.variance();
        }
        double expected = Math.pow(0.9, generations);
        assertEquals(expected, sum / seeds, 0.1 * expected);
        Arrays.sort(last);
        assertTrue(last[seeds / 2] < 0.5 * expected, "the median variance " + last[seeds / 2] + " should sit well below the mean " + expected);
    }

    @Test
    void badInputSaysWhatToDo() {
        assertThrows(IllegalArgumentException.class, () -> Gaussian.fit(new double[0]));
        assertThrows(IllegalArgumentException.class, () -> new Gaussian(0, -1));
        assertThrows(IllegalArgumentException.class, () -> new Gaussian(Double.NaN, 1));
        assertThrows(IllegalArgumentException.class, () -> Gaussian.standard().sample(-1, new Random(0)));
    }
}
