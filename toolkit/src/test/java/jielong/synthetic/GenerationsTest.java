package jielong.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

class GenerationsTest {
    /** The Gaussian loop through the general one: numbers in, a fitted Gaussian, n numbers out. */
    private static Generations<Double, Gaussian> gaussianLoop() {
        return new Generations<Double, Gaussian>(
                (data, t) -> Gaussian.fit(data.stream().mapToDouble(Double::doubleValue).toArray()),
                (g, n, seed) -> Arrays.stream(g.sample(n, new Random(seed))).boxed().toList(),
                (g, produced, t) -> Map.of("sigma", g.sigma()));
    }

    private static List<Double> real(int n, long seed) {
        return Arrays.stream(Gaussian.standard().sample(n, new Random(seed))).boxed().toList();
    }

    @Test
    void replaceCollapsesAccumulateAndKeepingRealDataDoNot() {
        int n = 20, generations = 200;
        double[] lastSigma = new double[3];
        DataRegime[] regimes = {DataRegime.replace(), DataRegime.accumulate(), DataRegime.keepReal(0.1)};
        for (int r = 0; r < 3; r++) {
            double[] sigmas = new double[9];
            for (int s = 0; s < sigmas.length; s++) {
                List<Generations.Generation<Double>> run = gaussianLoop().run(real(n, s), generations, regimes[r], s, null);
                sigmas[s] = run.get(generations - 1).metric("sigma");
            }
            Arrays.sort(sigmas);
            lastSigma[r] = sigmas[sigmas.length / 2];
        }
        assertTrue(lastSigma[0] < 0.05, "replace: median sigma after 200 generations " + lastSigma[0] + ", expected a collapse below 0.05");
        assertTrue(lastSigma[1] > 0.5, "accumulate: median sigma " + lastSigma[1] + ", expected it to stay near 1");
        assertTrue(lastSigma[2] > 0.3, "keep 10% real: median sigma " + lastSigma[2] + ", expected it to stay away from 0");
    }

    @Test
    void eachRegimeTrainsOnTheDataItSays() {
        // the model is the data itself; sampling tags every item with the generation that wrote it
        int[] calls = {0};
        Generations<Integer, List<Integer>> loop = new Generations<>((data, t) -> data,
                (model, n, seed) -> new ArrayList<>(java.util.Collections.nCopies(n, 100 + calls[0]++ % 4)),
                (model, produced, t) -> Map.of("real", (double) model.stream().filter(x -> x < 100).count()));
        List<Integer> real = List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        List<Generations.Generation<Integer>> replace = loop.run(real, 4, DataRegime.replace(), 0, null);
        List<Generations.Generation<Integer>> accumulate = loop.run(real, 4, DataRegime.accumulate(), 0, null);
        List<Generations.Generation<Integer>> keep = loop.run(real, 4, DataRegime.keepReal(0.3), 0, null);
        for (int t = 0; t < 4; t++) {
            assertEquals(10, replace.get(t).trainingSize());
            assertEquals(t == 0 ? 10 : 0, replace.get(t).metric("real"));
            assertEquals(10 * (t + 1), accumulate.get(t).trainingSize());
            assertEquals(10, accumulate.get(t).metric("real"));
            assertEquals(10, keep.get(t).trainingSize());
            assertEquals(t == 0 ? 10 : 3, keep.get(t).metric("real"));
            assertEquals(List.of(100 + t, 100 + t, 100 + t, 100 + t, 100 + t, 100 + t, 100 + t, 100 + t), replace.get(t).examples());
        }
        assertEquals("keep 30% real", DataRegime.keepReal(0.3).toString());
    }

    @Test
    void sameSeedSameRun() {
        List<Generations.Generation<Double>> a = gaussianLoop().run(real(30, 4), 20, DataRegime.keepReal(0.1), 7, null);
        List<Generations.Generation<Double>> b = gaussianLoop().run(real(30, 4), 20, DataRegime.keepReal(0.1), 7, null);
        for (int t = 0; t < 20; t++) assertEquals(a.get(t).metric("sigma"), b.get(t).metric("sigma"));
    }

    @Test
    void badInputSaysWhatToDo() {
        assertThrows(IllegalArgumentException.class, () -> gaussianLoop().run(List.of(), 3, DataRegime.replace(), 0, null));
        assertThrows(IllegalArgumentException.class, () -> gaussianLoop().run(real(5, 0), 0, DataRegime.replace(), 0, null));
        assertThrows(IllegalArgumentException.class, () -> DataRegime.keepReal(1.5));
        assertThrows(IllegalArgumentException.class, () -> gaussianLoop().run(real(5, 0), 2, DataRegime.replace(), 0, null).get(0).metric("loss"));
        Generations<Double, Gaussian> shortSampler = new Generations<>((d, t) -> Gaussian.standard(), (g, n, s) -> List.of(1.0), (g, p, t) -> Map.of());
        assertThrows(IllegalStateException.class, () -> shortSampler.run(real(5, 0), 2, DataRegime.replace(), 0, null));
    }
}
