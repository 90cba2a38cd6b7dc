package jielong.exercises.ch19;

import java.util.Random;

import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;
import jielong.synthetic.Gaussian;
import org.junit.jupiter.api.Test;

@Exercise(value = 1, title = "one generation of the Gaussian loop")
class GaussianGenerationTest {
    @Test
    @Points(2)
    void fitsByMaximumLikelihoodAndSamplesTheFit() {
        for (double[] samples : new double[][] {{1, 2, 3, 6}, {0.5, -0.5}, new Gaussian(3, 2).sample(50, new Random(4))}) {
            double[] want = Gaussian.fit(samples).sample(samples.length, new Random(7));
            Case c = Case.of("nextGeneration(samples, new Random(7))").input("samples", samples);
            c.expectDoubles(want, c.run(() -> Ch19.nextGeneration(samples, new Random(7))), 1e-9);
        }
    }

    @Test
    @Points(1)
    void theVarianceShrinksByNMinusOneOverNOnAverage() {
        int n = 5, seeds = 20_000;
        Random rng = new Random(11);
        double sum = 0;
        Case c = Case.of("nextGeneration(samples, rng), 20,000 times on 5 standard-normal samples").input("n", n);
        for (int s = 0; s < seeds; s++) {
            double[] x = Gaussian.standard().sample(n, rng);
            double[] next = c.run(() -> Ch19.nextGeneration(x, rng));
            sum += Gaussian.fit(next).variance() / Gaussian.fit(x).variance();
        }
        // each ratio has mean ((n-1)/n) and sd about 0.57 here: 4 standard errors is about 0.016
        c.expectClose((n - 1.0) / n, sum / seeds, 0.03);
    }
}
