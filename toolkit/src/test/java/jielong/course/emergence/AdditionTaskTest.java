package jielong.course.emergence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import jielong.data.Arithmetic;
import jielong.data.ArithmeticProblem;
import jielong.train.Examples;

/** The addition task's format against BigInteger sums, and its held-out set kept out of training. */
class AdditionTaskTest {
    @Test
    void goldenExample() {
        ArithmeticProblem p = Arithmetic.add("347", "589");
        assertEquals("00347+00589=639000", AdditionTask.example(p));
        assertEquals(AdditionTask.PROMPT_LENGTH, AdditionTask.prompt(p).length);
        assertEquals(AdditionTask.ANSWER_LENGTH, AdditionTask.answer(p).length);
        assertEquals(AdditionTask.CONTEXT, AdditionTask.PROMPT_LENGTH + AdditionTask.ANSWER_LENGTH - 1);
    }

    @Test
    void reversedAnswersAreTheSums() {
        Random rng = new Random(3);
        for (int i = 0; i < 2_000; i++) {
            ArithmeticProblem p = AdditionTask.draw(rng);
            assertTrue(p.left().length() >= 3 && p.left().length() <= 5 && p.left().length() == p.right().length(), p.text());
            String reversed = AdditionTask.text(AdditionTask.answer(p));
            BigInteger sum = new BigInteger(p.left()).add(new BigInteger(p.right()));
            assertEquals(sum, new BigInteger(new StringBuilder(reversed).reverse().toString()), p.text());
            String prompt = AdditionTask.text(AdditionTask.prompt(p));
            assertEquals(new BigInteger(p.left()), new BigInteger(prompt.substring(0, 5)));
            assertEquals(new BigInteger(p.right()), new BigInteger(prompt.substring(6, 11)));
        }
    }

    @Test
    void heldOutProblemsAreDistinctAndNeverTrainedOn() {
        List<ArithmeticProblem> held = AdditionTask.heldOut(1, 3_000);
        Set<String> prompts = new HashSet<>();
        held.forEach(p -> prompts.add(AdditionTask.text(AdditionTask.prompt(p))));
        assertEquals(3_000, prompts.size());
        var source = AdditionTask.training(held.subList(0, 1_500));
        Set<String> excluded = new HashSet<>();
        held.subList(0, 1_500).forEach(p -> excluded.add(AdditionTask.text(AdditionTask.prompt(p))));
        for (int step = 0; step < 50; step++) {
            Examples.Batch b = source.sample(new Random(step), 64);
            for (int r = 0; r < 64; r++) {
                int[] prompt = java.util.Arrays.copyOfRange(b.x(), r * b.t(), r * b.t() + AdditionTask.PROMPT_LENGTH);
                assertFalse(excluded.contains(AdditionTask.text(prompt)));
            }
            assertArrayEquals(b.x(), source.sample(new Random(step), 64).x(), "batches depend only on the generator");
        }
    }

    @Test
    void theLossCountsTheSixAnswerTokens() {
        Examples.Batch b = AdditionTask.training(List.of()).sample(new Random(9), 3);
        double counted = 0;
        for (float w : b.weights()) counted += w;
        assertEquals(3 * AdditionTask.ANSWER_LENGTH, counted);
        assertEquals(AdditionTask.CONTEXT, b.t());
    }

    @Test
    void badInputIsRefusedWithAReason() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> AdditionTask.prompt(Arithmetic.multiply("12", "34")))
                .getMessage().contains("sums"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> AdditionTask.prompt(Arithmetic.add("123456", "1")))
                .getMessage().contains("at most 5"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> AdditionTask.text(new int[] {42}))
                .getMessage().contains("vocabulary"));
    }
}
