package jielong.exercises.ch05;

import java.util.Arrays;

import jielong.course.compression.Frequencies;
import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;
import org.junit.jupiter.api.Test;

@Exercise(value = 1, title = "cross-entropy in bits")
class CrossEntropyBitsTest {
    private static void check(double[] probabilities, double wantBits) {
        Case c = Case.of("crossEntropyBits(probabilities)").input("probabilities", probabilities);
        c.expectClose(wantBits, c.run(() -> Ch05.crossEntropyBits(probabilities)), 1e-9 * Math.max(1, wantBits));
    }

    @Test
    @Points(1)
    void aFairCoinCostsOneBitPerToss() {
        double[] coin = new double[8], byte256 = new double[3];
        Arrays.fill(coin, 0.5);
        Arrays.fill(byte256, 1.0 / 256);
        check(coin, 8);
        check(byte256, 24);
        check(new double[] {1, 1, 1}, 0); // certain symbols are free
    }

    /** The toolkit's table charges −log2(frequency / total) for each symbol it codes. */
    @Test
    @Points(1)
    void whatTheToolkitsTableCharges() {
        Frequencies table = Frequencies.of(new double[] {0.7, 0.2, 0.05, 0.05});
        int[] message = {0, 0, 1, 0, 3, 0, 2, 0, 0, 1};
        double[] p = new double[message.length];
        double want = 0;
        for (int i = 0; i < message.length; i++) {
            int s = message[i];
            p[i] = (double) (table.high(s) - table.low(s)) / table.total();
            want += table.bits(s);
        }
        check(p, want);
    }

    @Test
    @Points(1)
    void aLongFileDoesNotUnderflow() {
        double[] p = new double[10_000];
        Arrays.fill(p, 0.01); // their product, 1e-20000, is 0 in a double
        check(p, 10_000 * Math.log(100) / Math.log(2));
    }
}
