package jielong.exercises.ch02;

import java.util.Random;

import org.junit.jupiter.api.Test;

import jielong.course.wordchain.BigramModel;
import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;

@Exercise(value = 5, title = "the bigram model")
class BigramTest {
    /** Every row against the toolkit's bigram model, which lesson 02 plays the game with. */
    private static void check(int[] tokens, int vocabSize, double alpha) {
        BigramModel want = BigramModel.fit(tokens, vocabSize, alpha);
        String call = "bigram(tokens, " + vocabSize + ", " + alpha + ")";
        Case c = Case.of(call).input("tokens", tokens);
        double[][] got = c.run(() -> Ch02.bigram(tokens, vocabSize, alpha));
        c.expectThat(got != null && got.length == vocabSize,
                "expected " + vocabSize + " rows (one per previous token), got " + (got == null ? "null" : got.length));
        for (int a = 0; a < vocabSize; a++) {
            Case row = Case.of(call + "[" + a + "], P(next | previous = " + a + ")").input("tokens", tokens);
            row.expectDoubles(want.probabilities(a), got[a], 1e-12);
        }
    }

    @Test
    @Points(1)
    void countedPairsWithoutSmoothing() {
        check(new int[] {0, 1, 0, 2, 0, 1}, 3, 0);
    }

    @Test
    @Points(1)
    void aTokenThatNeverComesFirstIsUniform() {
        check(new int[] {0, 1, 1, 0, 1}, 4, 0);
    }

    @Test
    @Points(1)
    void smoothingGivesEveryPairSomething() {
        Random rng = new Random(12);
        int[] tokens = new int[200];
        for (int i = 0; i < tokens.length; i++) tokens[i] = rng.nextInt(i % 5 == 0 ? 6 : 3);
        check(tokens, 7, 0.5);
    }
}
