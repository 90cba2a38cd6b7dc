package jielong.exercises.ch19;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;

import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;
import org.junit.jupiter.api.Test;

@Exercise(value = 4, title = "keep some real data")
class MixRealTest {
    private static List<String> items(String prefix, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(prefix + i);
        return out;
    }

    @Test
    @Points(2)
    void theShareIsRealWithoutRepeatsAndTheRestTheFirstSynthetic() {
        List<String> real = items("real-", 30), synthetic = items("model-", 40);
        for (double share : new double[] {0.1, 0.5, 0.25}) {
            Case c = Case.of("mixRealAndSynthetic(real, synthetic, " + share + ", new Random(3))").input("real", "real-0 ... real-29").input("synthetic", "model-0 ... model-39");
            List<String> mix = c.run(() -> Ch19.mixRealAndSynthetic(real, synthetic, share, new Random(3)));
            c.expectEqual(30, mix.size());
            int k = (int) Math.round(share * 30);
            List<String> fromReal = mix.stream().filter(real::contains).toList();
            c.expectEqual(k, fromReal.size());
            c.expectThat(new HashSet<>(fromReal).size() == k, "no real item twice, got " + fromReal);
            c.expectThat(mix.subList(0, k).equals(fromReal), "the real items first, got " + mix);
            c.expectThat(mix.subList(k, 30).equals(synthetic.subList(0, 30 - k)), "then model-0 to model-" + (29 - k) + " in order, got " + mix.subList(k, 30));
        }
    }

    @Test
    @Points(1)
    void theRealItemsAreChosenAtRandom() {
        List<String> real = items("real-", 100), synthetic = items("model-", 100);
        Case c = Case.of("mixRealAndSynthetic(real, synthetic, 0.1, rng) for two seeds").input("real", "real-0 ... real-99");
        List<String> a = c.run(() -> Ch19.mixRealAndSynthetic(real, synthetic, 0.1, new Random(1)));
        List<String> b = c.run(() -> Ch19.mixRealAndSynthetic(real, synthetic, 0.1, new Random(2)));
        c.expectThat(!a.subList(0, 10).equals(real.subList(0, 10)), "a random choice of real items, not the first ten: got " + a.subList(0, 10));
        c.expectThat(!a.subList(0, 10).equals(b.subList(0, 10)), "different real items for different seeds: both gave " + a.subList(0, 10));
    }
}
