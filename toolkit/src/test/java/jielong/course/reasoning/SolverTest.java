package jielong.course.reasoning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import jielong.generate.Generator;
import jielong.generate.Sampling;
import jielong.model.Gpt;
import jielong.model.GptConfig;
import jielong.tokenize.WordTokenizer;

/** The solver's greedy text is the generator's greedy text cut at {@code <end>}; only the final answer is scored. */
class SolverTest {
    @Test
    void greedyCompletionIsTheGeneratorsCutAtEnd() {
        for (long seed = 1; seed <= 6; seed++) {
            Gpt model = new Gpt(new GptConfig(14, 24, 1, 2, 16, 0f), seed);
            int[] prompt = {3, 4, 5, 6};
            int[] got = Solver.complete(model, prompt);
            int[] all = new Generator(model).generate(prompt, 24 - prompt.length, Sampling.greedy(), 0, null);
            int end = 0;
            while (end < all.length && all[end] != WordTokenizer.END_ID) end++;
            assertArrayEquals(Arrays.copyOf(all, end), got, "seed " + seed);
        }
    }

    @Test
    void aPrefixIsEndedLikeAProblemInAPackedRow() {
        WordTokenizer tok = Trips.tokenizer();
        Gpt model = new Gpt(new GptConfig(tok.vocabSize(), 128, 1, 2, 16, 0f), 4);
        Worked example = TripStudy.ESSAY_EXAMPLE.worked(), question = new Trip("car", List.of(new Trip.Leg(40, 12)), false).worked();
        int[] a = tok.encode(example.text(Format.STEPS)), q = tok.encode(question.question());
        int[] prompt = new int[a.length + 1 + q.length];
        System.arraycopy(a, 0, prompt, 0, a.length);
        prompt[a.length] = WordTokenizer.END_ID;
        System.arraycopy(q, 0, prompt, a.length + 1, q.length);
        Solver.Attempt got = Solver.attempt(model, tok, List.of(question), example.text(Format.STEPS)).get(0);
        assertEquals(tok.decode(Solver.complete(model, prompt)), got.completion());
    }

    @Test
    void theAnswerIsWhatFollowsTheLastMark() {
        assertEquals("46 km", Solver.answerOf("30 + 16 = 46 km. Answer: 46 km"));
        assertEquals("7", Solver.answerOf("Answer: 3 Answer: 7"));
        assertEquals("", Solver.answerOf("30 minutes = 0.5 hours."));
    }

    @Test
    void aWrongStepWithTheRightAnswerCountsAsRight() {
        // the scorer looks at the answer only; the lesson's text says so
        assertEquals("30 km", Solver.answerOf("60 × 0.5 = 31 km. Answer: 30 km"));
    }

    @Test
    void aPromptThatFillsTheContextSaysSo() {
        Gpt model = new Gpt(new GptConfig(14, 8, 1, 2, 16, 0f), 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Solver.complete(model, new int[8]));
        assertTrue(e.getMessage().contains("shorten the prompt"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Solver.accuracy(model, Trips.tokenizer(), List.of(), ""));
    }
}
