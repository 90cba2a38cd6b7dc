package jielong.exercises.ch05;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

import jielong.course.compression.ArithmeticEncoder;
import jielong.course.compression.Frequencies;
import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;
import org.junit.jupiter.api.Test;

@Exercise(value = 3, title = "one step of arithmetic coding")
class ArithmeticStepTest {
    private static void checkNarrow(long low, long high, long[] cumulative, int symbol, long wantLow, long wantHigh) {
        Case c = Case.of("narrow(" + low + ", " + high + ", cumulative, " + symbol + ")").input("cumulative", shown(cumulative));
        long[] got = c.run(() -> Ch05.narrow(low, high, cumulative, symbol));
        c.expectThat(got != null && got.length == 2, "return {low, high}: two numbers");
        c.expectText("[" + wantLow + ", " + wantHigh + ")", "[" + got[0] + ", " + got[1] + ")");
    }

    @Test
    @Points(1)
    void narrowsToTheSymbolsSlice() {
        long full = 1L << 32;
        checkNarrow(0, full, new long[] {0, 1, 3, 4}, 1, full / 4, 3 * full / 4);
        checkNarrow(1000, 1100, new long[] {0, 5, 12, 16}, 2, 1075, 1100);
        checkNarrow(0, 10, new long[] {0, 2, 3}, 1, 6, 10); // 10 / 3 · 3 would end at 9: multiply first
        checkNarrow(123_456_789, 123_456_789 + (1L << 31) + 12_345, new long[] {0, 5_000_000, 16_777_215, 16_777_216}, 1,
                763_460_468, 2_270_952_653L);
    }

    /** Both coders on the same message and tables: the toolkit's, and the toolkit's with your step. */
    private static void checkAgainstTheToolkit(String name, int[] message, Frequencies[] tables) {
        ArithmeticEncoder toolkit = new ArithmeticEncoder();
        Case c = Case.of("narrow(low, high, cumulative, symbol), step by step inside the toolkit's encoder")
                .input("message", name);
        EncoderWithYourStep yours = new EncoderWithYourStep(c);
        for (int i = 0; i < message.length; i++) {
            toolkit.encode(tables[i % tables.length], message[i]);
            yours.encode(tables[i % tables.length], message[i]);
        }
        c.expectInts(unsigned(toolkit.finish()), unsigned(yours.finish()));
    }

    @Test
    @Points(2)
    void codesTheSameBitsAsTheToolkitsEncoder() {
        // Bytes of a sentence: a table that favours lower-case letters, taking turns with a uniform one.
        double[] letters = new double[256];
        for (int b = 0; b < 256; b++) letters[b] = b == ' ' || (b >= 'a' && b <= 'z') ? 1.0 / 40 : 13.0 / 40 / 229;
        byte[] sentence = "training is compression, 训练即压缩".getBytes(StandardCharsets.UTF_8);
        int[] bytes = new int[sentence.length];
        for (int i = 0; i < bytes.length; i++) bytes[i] = sentence[i] & 0xff;
        checkAgainstTheToolkit("the UTF-8 bytes of 'training is compression, 训练即压缩'", bytes,
                new Frequencies[] {Frequencies.of(letters), Frequencies.uniform(256)});

        // A long skewed source: thousands of steps, with every kind of renormalisation.
        Random rng = new Random(5);
        int[] skewed = new int[3000];
        for (int i = 0; i < skewed.length; i++) {
            double u = rng.nextDouble();
            skewed[i] = u < 0.7 ? 0 : u < 0.9 ? 1 : u < 0.95 ? 2 : 3;
        }
        checkAgainstTheToolkit("3000 symbols drawn from {0.7, 0.2, 0.05, 0.05}, seed 5", skewed,
                new Frequencies[] {Frequencies.of(new double[] {0.7, 0.2, 0.05, 0.05})});
    }

    /** The decoder's lookup, against the toolkit's, at the first and last value of every slice. */
    @Test
    @Points(1)
    void findsTheSymbolLikeTheToolkitsDecoder() {
        for (Frequencies table : new Frequencies[] {Frequencies.uniform(5), Frequencies.of(new double[] {0.7, 0.2, 0.05, 0.05}),
                Frequencies.of(new double[] {1, 0, 0})}) {
            long[] cumulative = EncoderWithYourStep.cumulative(table);
            for (int s = 0; s + 1 < cumulative.length; s++) {
                for (long value : new long[] {cumulative[s], cumulative[s + 1] - 1}) {
                    Case c = Case.of("symbolAt(cumulative, " + value + ")").input("cumulative", shown(cumulative));
                    c.expectEqual(table.symbolAt(value), c.run(() -> Ch05.symbolAt(cumulative, value)));
                }
            }
        }
    }

    /** Long arrays as the doubles Case knows how to show (whole numbers show without a decimal point). */
    private static double[] shown(long[] values) {
        return Arrays.stream(values).asDoubleStream().toArray();
    }

    private static int[] unsigned(byte[] bytes) {
        int[] u = new int[bytes.length];
        for (int i = 0; i < u.length; i++) u[i] = bytes[i] & 0xff;
        return u;
    }
}
