package jielong.course.posttraining;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import jielong.data.Arithmetic;
import jielong.data.ArithmeticProblem;
import jielong.data.PreferencePair;
import jielong.model.CachedReader;
import jielong.model.Gpt;
import jielong.tokenize.WordTokenizer;

/** Lesson 18's world, its batched writer against one-token-at-a-time decoding, and its recipe's run names. */
class PostTrainingTest {
    static Recipe recipe(int rmSteps, int rlSteps) {
        return new Recipe(32, 1, 100, 10, 4, 10, 4, 20, rmSteps, 4, rlSteps, 2, 2, 2, 10, 4, 0.1f, 10, 2, 1e-2f, 1e-3f, 3e-4f, 2e-4f, 18);
    }

    @Test
    void responsesAreCheckedByRule() {
        ArithmeticProblem p = Arithmetic.add("58", "26");
        WordTokenizer w = Sums.tokenizer();
        assertTrue(Sums.right(p, Sums.response("84")));
        assertFalse(Sums.right(p, w.encode("84")), "no <end>: not a finished answer");
        assertFalse(Sums.right(p, Sums.response("104")));
        assertTrue(Sums.wellFormed(Sums.response("104")) && !Sums.wellFormed(Sums.response("084")) && !Sums.wellFormed(w.encode("8 4 ?")));
        assertEquals("84 ⏎", Sums.show(Sums.response("84")));
        assertEquals("what is 58 + 26?", w.decode(Sums.question(p)));
    }

    @Test
    void heldOutSumsAppearInNoTrainingData() {
        Sums.Split s = Sums.split(18, 100);
        Set<String> held = Sums.prompts(s.heldOut());
        assertTrue(s.train().stream().noneMatch(p -> held.contains(p.prompt())));
        assertEquals(8_100, s.heldOut().size() + s.train().size());
        String drill = Sums.tokenizer().decode(Sums.drill(s.train(), 2_000, 1)).replace(" ", "");
        for (String sum : drill.split(";")) assertFalse(held.contains(sum.substring(0, sum.indexOf('=') + 1)), sum);
        List<PreferencePair> pairs = Sums.pairs(s.heldOut(), 3);
        for (int i = 0; i < pairs.size(); i++) {
            assertEquals(s.heldOut().get(i).answer(), pairs.get(i).chosen());
            assertNotEquals(pairs.get(i).chosen(), pairs.get(i).rejected());
        }
    }

    @Test
    void greedyBatchedWritingMatchesOneTokenAtATime() {
        Gpt model = new Gpt(recipe(10, 10).shape(), 5);
        List<ArithmeticProblem> sums = Sums.split(18, 6).heldOut();
        List<int[]> batched = Stages.answers(model, sums);
        for (int i = 0; i < sums.size(); i++) {
            CachedReader reader = new CachedReader(model);
            float[] logits = reader.accept(Sums.question(sums.get(i)));
            int[] one = new int[Sums.MAX_RESPONSE];
            int n = 0;
            while (n < Sums.MAX_RESPONSE) {
                int next = Rollout.pick(logits, 0, logits.length, null);
                one[n++] = next;
                if (next == WordTokenizer.END_ID || n == Sums.MAX_RESPONSE) break;
                logits = reader.accept(next);
            }
            assertArrayEquals(Arrays.copyOf(one, n), batched.get(i), "sum " + i);
        }
        List<int[]> a = Rollout.write(model, List.of(Sums.question(sums.get(0))), 3, new Random(4), WordTokenizer.END_ID, 4);
        List<int[]> b = Rollout.write(model, List.of(Sums.question(sums.get(0))), 3, new Random(4), WordTokenizer.END_ID, 4);
        for (int i = 0; i < 3; i++) assertArrayEquals(a.get(i), b.get(i), "the same seed writes the same samples");
    }

    @Test
    void aStageIsRetrainedWhenWhatItStartsFromChanges() {
        assertEquals(recipe(10, 10).id("pretrain"), recipe(20, 30).id("pretrain"), "pre-training does not depend on later stages");
        assertEquals(recipe(10, 10).id("sft"), recipe(20, 30).id("sft"));
        assertNotEquals(recipe(10, 10).id("rl-beta-0.1"), recipe(20, 10).id("rl-beta-0.1"), "RL starts from the reward model");
        assertNotEquals(recipe(10, 10).id("rl-beta-0.1"), recipe(10, 30).id("rl-beta-0.1"));
        assertEquals(recipe(10, 10).id("dpo-beta-0.1"), recipe(10, 30).id("dpo-beta-0.1"), "DPO does not depend on RL's settings");
        assertEquals("0.01", Stages.betaName(0.01f));
        assertEquals("1", Stages.betaName(1f));
    }

    @Test
    void badInputIsRefusedWithAMessage() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Recipe(40, 1, 100, 10, 4, 10, 4, 20, 10, 4, 10, 2, 2, 2, 10, 4,
                0.1f, 10, 2, 1e-2f, 1e-3f, 3e-4f, 2e-4f, 18)).getMessage().contains("multiple of 16"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Recipe(32, 1, 100, 10, 4, 10, 4, 20, 10, 4, 10, 2, 1, 2, 10, 4,
                0.1f, 10, 2, 1e-2f, 1e-3f, 3e-4f, 2e-4f, 18)).getMessage().contains("at least 2 responses"));
        Gpt model = new Gpt(recipe(10, 10).shape(), 5);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Rollout.write(model, List.of(new int[] {1, 2}, new int[] {1}), 1, null, 1, 2))
                .getMessage().contains("same length"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Rollout.write(model, List.of(new int[15]), 1, null, 1, 4))
                .getMessage().contains("do not fit"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Sums.split(1, 0)).getMessage().contains("hold out between"));
    }
}
