package jielong.exercises.ch02;

import java.util.Random;

import org.junit.jupiter.api.Test;

import jielong.course.wordchain.BigramModel;
import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;

@Exercise(value = 6, title = "cross-entropy in bits")
class CrossEntropyTest {
    /** The toolkit's bigram model gives the table and, independently, the expected bits. */
    private static void check(int[] train, int[] text, int vocabSize, double alpha) {
        BigramModel model = BigramModel.fit(train, vocabSize, alpha);
        double[][] table = new double[vocabSize][];
        for (int a = 0; a < vocabSize; a++) table[a] = model.probabilities(a);
        Case c = Case.of("crossEntropyBits(bigram, tokens)").input("tokens", text).input("bigram fitted on", train);
        c.expectClose(model.crossEntropyBits(text), c.run(() -> Ch02.crossEntropyBits(table, text)), 1e-9);
    }

    @Test
    @Points(1)
    void halvesAndCertainties() {
        // P(1|0) = P(2|0) = 1/2 and P(0|1) = 1: one bit, no bits, one bit.
        check(new int[] {0, 1, 0, 2}, new int[] {0, 1, 0, 2}, 3, 0);
    }

    @Test
    @Points(1)
    void aUniformTableCostsLogTwoOfTheVocabulary() {
        check(new int[] {5}, new int[] {3, 1, 4, 1, 5, 7, 2, 6}, 8, 0);
    }

    @Test
    @Points(1)
    void heldOutTextUnderSmoothing() {
        Random rng = new Random(4);
        int[] train = new int[300], text = new int[120];
        for (int i = 0; i < train.length; i++) train[i] = (i % 3 == 0 ? rng.nextInt(2) : rng.nextInt(9));
        for (int i = 0; i < text.length; i++) text[i] = rng.nextInt(9);
        check(train, text, 9, 0.1);
    }
}
