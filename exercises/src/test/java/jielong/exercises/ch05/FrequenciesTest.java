package jielong.exercises.ch05;

import java.util.Arrays;
import java.util.Random;

import jielong.course.compression.Frequencies;
import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;
import jielong.grade.Show;
import org.junit.jupiter.api.Test;

@Exercise(value = 2, title = "probabilities to frequencies")
class FrequenciesTest {
    /** The promises of the toolkit's Frequencies.of, with an exact total: sums, minimum 1, closeness. */
    private static long[] check(double[] p, long total) {
        Case c = Case.of("frequencies(p, " + total + ")").input("p", p);
        long[] got = c.run(() -> Ch05.frequencies(p, total));
        c.expectThat(got != null && got.length == p.length, "expected " + p.length + " frequencies, got " + shown(got));
        c.expectThat(Arrays.stream(got).sum() == total,
                "the frequencies add up to " + Arrays.stream(got).sum() + ", expected " + total + "; got " + shown(got));
        for (int s = 0; s < got.length; s++) {
            c.expectThat(got[s] >= 1, "symbol " + s + " has frequency " + got[s] + ": every symbol needs at least 1; got " + shown(got));
        }
        // Each symbol's guaranteed 1 is paid for by the others, so a count may move off its share by up to n.
        double sum = Arrays.stream(p).sum();
        for (int s = 0; s < got.length; s++) {
            double share = p[s] / sum * total;
            c.expectThat(Math.abs(got[s] - share) <= p.length, "symbol " + s + " has frequency " + got[s]
                    + ", too far from its share p·total = " + Show.number(share) + "; got " + shown(got));
        }
        return got;
    }

    private static String shown(long[] f) {
        return f == null ? "null" : Show.doubles(Arrays.stream(f).asDoubleStream().toArray());
    }

    @Test
    @Points(1)
    void addsUpToExactlyTheTotal() {
        check(new double[] {0.5, 0.3, 0.2}, 10);
        check(new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0}, 100);
        check(new double[] {0.7, 0.2, 0.05, 0.05}, Frequencies.TOTAL);
        check(new double[] {0.25, 0.25, 0.25, 0.25}, 1_000_003);
    }

    @Test
    @Points(1)
    void everySymbolKeepsAtLeastOne() {
        check(new double[] {1, 0, 0}, 10);
        check(new double[] {1 - 2e-9, 1e-9, 1e-9, 0}, 1000);
        check(new double[] {0.9, 0.05, 0.05}, 3); // no room for more than the 1s
    }

    /** A model's softmax over 256 byte values, in float as the model computes it: it adds up to 1 only roughly. */
    @Test
    @Points(1)
    void asGoodAsTheToolkitsTableForAModelsForecast() {
        Random rng = new Random(5);
        float[] logits = new float[256];
        for (int i = 0; i < logits.length; i++) logits[i] = (float) (3 * rng.nextGaussian());
        double[] p = softmaxInFloat(logits);
        long[] got = check(p, Frequencies.TOTAL);
        Frequencies toolkit = Frequencies.of(p);
        double yourBits = 0, toolkitBits = 0; // expected cost of a symbol drawn from p
        for (int s = 0; s < p.length; s++) {
            yourBits -= p[s] * Math.log((double) got[s] / Frequencies.TOTAL) / Math.log(2);
            toolkitBits += p[s] * toolkit.bits(s);
        }
        Case c = Case.of("frequencies(p, " + Frequencies.TOTAL + ")").input("p", p);
        c.expectThat(yourBits <= toolkitBits + 1e-4, String.format(
                "your table costs %.6f bits per symbol drawn from p, the toolkit's Frequencies.of %.6f", yourBits, toolkitBits));
    }

    private static double[] softmaxInFloat(float[] logits) {
        float max = Float.NEGATIVE_INFINITY, sum = 0;
        for (float x : logits) max = Math.max(max, x);
        float[] e = new float[logits.length];
        for (int i = 0; i < e.length; i++) sum += e[i] = (float) Math.exp(logits[i] - max);
        double[] p = new double[e.length];
        for (int i = 0; i < e.length; i++) p[i] = e[i] / sum;
        return p;
    }
}
