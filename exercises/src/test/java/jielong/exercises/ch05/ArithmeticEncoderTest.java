package jielong.exercises.ch05;

import java.util.Random;

import jielong.course.compression.ArithmeticDecoder;
import jielong.course.compression.Frequencies;
import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;
import org.junit.jupiter.api.Test;

/** The learner's whole encoder, read back by the toolkit's decoder, and its size against the ideal. */
@Exercise(value = 4, title = "the whole arithmetic encoder")
class ArithmeticEncoderTest {
    /** Encodes with the learner's code, decodes with the toolkit's, and checks the message and the size. */
    private static void check(String name, int[] message, Frequencies[] tables) {
        long[][] cumulative = new long[message.length][];
        double idealBits = 0;
        for (int i = 0; i < message.length; i++) {
            Frequencies f = tables[i % tables.length];
            cumulative[i] = EncoderWithYourStep.cumulative(f);
            idealBits += f.bits(message[i]);
        }
        Case c = Case.of("encode(message, cumulative)").input("message", name);
        byte[] coded = c.run(() -> Ch05.encode(message, cumulative));
        c.expectThat(coded != null, "encode returned null, expected the coded bytes");
        ArithmeticDecoder decoder = new ArithmeticDecoder(coded, 0);
        int[] decoded = new int[message.length];
        for (int i = 0; i < message.length; i++) decoded[i] = decoder.decode(tables[i % tables.length]);
        for (int i = 0; i < message.length; i++) {
            if (decoded[i] != message[i]) {
                throw c.fail("the toolkit's decoder read your " + coded.length + " bytes back as symbol " + decoded[i]
                        + " at position " + i + ", where the message has " + message[i]
                        + " (the first " + i + " symbols came back right)");
            }
        }
        long allowed = (long) Math.ceil(idealBits / 8) + 2;
        c.expectThat(coded.length <= allowed, String.format("your file has %d bytes; the table's cross-entropy is %.1f bits"
                + " (%.1f bytes), so at most %d bytes were expected", coded.length, idealBits, idealBits / 8, allowed));
    }

    @Test
    @Points(1)
    void readsBackTwoBitsPerSymbolOfAUniformTable() {
        check("0, 1, 2, 3, 3, 2, 1, 0 with four equally likely symbols", new int[] {0, 1, 2, 3, 3, 2, 1, 0},
                new Frequencies[] {Frequencies.uniform(4)});
        check("a single symbol, 2 of 3", new int[] {2}, new Frequencies[] {Frequencies.uniform(3)});
        check("no symbols at all", new int[0], new Frequencies[] {Frequencies.uniform(3)});
    }

    /** The middle slice again and again: the interval keeps straddling 1/2, so only pending bits get it through. */
    @Test
    @Points(1)
    void survivesAnIntervalCaughtAroundTheMiddle() {
        int[] middle = new int[300];
        java.util.Arrays.fill(middle, 1);
        middle[299] = 0;
        check("299 times the middle symbol of {1/4, 1/2, 1/4}, then the first", middle,
                new Frequencies[] {Frequencies.of(new double[] {0.25, 0.5, 0.25})});
    }

    @Test
    @Points(2)
    void codesLongSkewedMessagesNearTheirCrossEntropy() {
        Random rng = new Random(7);
        int[] skewed = new int[5000];
        for (int i = 0; i < skewed.length; i++) {
            double u = rng.nextDouble();
            skewed[i] = u < 0.9 ? 0 : u < 0.99 ? 1 : u < 0.999 ? 2 : 3;
        }
        check("5000 symbols drawn from {0.9, 0.09, 0.009, 0.001}, seed 7", skewed,
                new Frequencies[] {Frequencies.of(new double[] {0.9, 0.09, 0.009, 0.001})});

        // Bytes of text under two tables taking turns, one of them sure of the wrong thing.
        double[] letters = new double[256], wrong = new double[256];
        for (int b = 0; b < 256; b++) {
            letters[b] = b == ' ' || (b >= 'a' && b <= 'z') ? 1.0 / 40 : 13.0 / 40 / 229;
            wrong[b] = b == 'q' ? 0.999 : 0.001 / 255;
        }
        byte[] text = "the model's loss in bits per character is a compressed size, 训练即压缩".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int[] bytes = new int[text.length];
        for (int i = 0; i < bytes.length; i++) bytes[i] = text[i] & 0xff;
        check("the UTF-8 bytes of a sentence, under a letters table and a table sure of 'q' in turn", bytes,
                new Frequencies[] {Frequencies.of(letters), Frequencies.of(wrong)});
    }
}
